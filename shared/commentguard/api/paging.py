"""The query parameters every listing pages by: an opaque cursor (the last answer's next_cursor) and a page size."""

from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Query

Cursor = Annotated[str | None, Query(max_length=2048)]
Limit = Annotated[int, Query(ge=1, le=100)]
