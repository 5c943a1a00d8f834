"""Commentguard's domain: the package every Lambda function imports from the layer.

Modules that touch AWS live in ``commentguard.adapters`` and take their clients from the caller;
everything else imports no boto3 and is tested with plain pytest.
"""

import warnings

# Powertools warns when an invocation adds no metric beyond ColdStart, as reads, refusals and empty
# batches do by design; in Lambda the warning is an unstructured stderr line among the JSON logs.
warnings.filterwarnings("ignore", message="No application metrics to publish", category=UserWarning)
