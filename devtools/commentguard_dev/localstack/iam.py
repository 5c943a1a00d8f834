"""IAM for the local stack: a function may make only the AWS calls its template ``Policies`` allow.

moto checks no permissions, so a function whose role lacks an action works here and fails in AWS
with AccessDenied (the resender's sweep did, for want of ``dynamodb:UpdateItem``). So while
:class:`~.loader.LocalFunction` runs a handler, :func:`acting_as` marks the function as the caller,
and a botocore handler refuses every call its policies do not allow, with the error AWS answers.

- The policies are the template's: SAM policy templates expanded by aws-sam-translator's own
  ``policy_templates.json``, inline ``Statement`` documents, and the managed policies SAM attaches by
  itself; intrinsic functions (``!Ref``, ``!GetAtt``, ``!If`` ... ``AWS::NoValue``) resolve against the
  local stack's physical names, so a statement's resources are the tables, queues and buses it made.
- A call is checked as IAM authorises it: the action is ``<signing name>:<operation>``, except where
  IAM names another (a transaction needs each item's action, a batch its single-message action);
  the resource is the ARN of the table (or index), queue, bus or secret the call names. A call whose
  resource is not read from its parameters is checked by action alone.
- Only calls made while a handler runs are checked: the pollers' receives and deletes (the event
  source mapping's own permissions), resource creation and the tests' own clients are not.
- Statement ``Condition``s are not evaluated (an Allow with a Condition counts as allowing), but for
  ``dynamodb:LeadingKeys`` under ``ForAnyValue:StringLike`` or ``ForAnyValue:StringEquals``: the keys are a
  Get's or a batch's key values and a Query's values compared with ``=`` in its key condition (with a
  composite key, the sort key's too: close enough for the statements this template writes); a call that names
  none (a Scan) does not meet the condition, as in IAM.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import botocore.handlers
from botocore.awsrequest import AWSResponse

from .template import TemplateError

# The function whose handler is running in this thread (each poller, schedule and HTTP request runs
# its invocation in its own thread, so a context variable keeps concurrent functions apart).
_caller: ContextVar[FunctionPolicy | None] = ContextVar("local_stack_iam_caller", default=None)
_REFUSAL = "local_stack_iam_refusal"  # the request-context key from the check to the refusal

# The AWS managed policies SAM attaches to a function's role by itself (basic execution always, X-Ray
# with Tracing: Active, the SQS one with an SQS event); no package ships their documents.
_BASIC_EXECUTION = {"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                    "Resource": "*"}
_MANAGED = {
    "AWSLambdaBasicExecutionRole": [_BASIC_EXECUTION],
    "AWSXrayWriteOnlyAccess": [{"Effect": "Allow", "Resource": "*", "Action": [
        "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
        "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"]}],
    "AWSLambdaSQSQueueExecutionRole": [_BASIC_EXECUTION, {"Effect": "Allow", "Resource": "*", "Action": [
        "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]}],
}

# Operations whose IAM action has another name.
_TRANSACT_WRITE = {"Put": "PutItem", "Update": "UpdateItem", "Delete": "DeleteItem", "ConditionCheck": "ConditionCheckItem"}
_SQS_BATCH = {"SendMessageBatch": "SendMessage", "DeleteMessageBatch": "DeleteMessage",
              "ChangeMessageVisibilityBatch": "ChangeMessageVisibility"}


# ---------------------------------------------------------------------------------- policies


def _pattern(text: str, ignore_case: bool) -> re.Pattern[str]:
    """IAM's wildcards: ``*`` any run of characters, ``?`` one character; nothing else is special."""
    body = re.escape(text).replace(r"\*", ".*").replace(r"\?", ".")
    return re.compile(f"^{body}$", re.IGNORECASE if ignore_case else 0)


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


_LEADING_KEYS = "dynamodb:LeadingKeys"


@dataclass(frozen=True)
class Statement:
    allow: bool
    actions: tuple[re.Pattern[str], ...]
    resources: tuple[re.Pattern[str], ...]
    not_action: bool = False
    not_resource: bool = False
    # ForAnyValue on dynamodb:LeadingKeys: the statement applies only to a call one of whose keys matches.
    leading_keys: tuple[re.Pattern[str], ...] | None = None

    @classmethod
    def parse(cls, doc: Mapping[str, Any]) -> Statement:
        not_action, not_resource = "NotAction" in doc, "NotResource" in doc
        actions = _strings(doc.get("NotAction" if not_action else "Action", []))
        resources = _strings(doc.get("NotResource" if not_resource else "Resource", "*"))
        return cls(
            allow=doc.get("Effect") == "Allow",
            actions=tuple(_pattern(a, ignore_case=True) for a in actions),  # actions are case-insensitive
            resources=tuple(_pattern(r, ignore_case=False) for r in resources),
            not_action=not_action,
            not_resource=not_resource,
            leading_keys=_leading_keys_condition(doc.get("Condition") or {}),
        )

    def applies(self, action: str, resource: str | None, keys: frozenset[str] = frozenset()) -> bool:
        if any(p.match(action) for p in self.actions) == self.not_action:
            return False
        if self.leading_keys is not None and not any(p.match(k) for p in self.leading_keys for k in keys):
            return False
        if resource is None:  # the call's resource is not known: the action decides
            return True
        return any(p.match(resource) for p in self.resources) != self.not_resource


def _leading_keys_condition(condition: Mapping[str, Any]) -> tuple[re.Pattern[str], ...] | None:
    for operator, exact in (("ForAnyValue:StringLike", False), ("ForAnyValue:StringEquals", True)):
        if _LEADING_KEYS in (condition.get(operator) or {}):
            values = _strings(condition[operator][_LEADING_KEYS])
            return tuple(re.compile(f"^{re.escape(v)}$") if exact else _pattern(v, ignore_case=False) for v in values)
    return None


@dataclass(frozen=True)
class FunctionPolicy:
    """A function's role: who it is (for AWS's message) and what its statements allow."""

    logical_id: str
    function_name: str
    role_name: str
    region: str
    account_id: str
    statements: tuple[Statement, ...]

    def allows(self, action: str, resource: str | None = None, keys: frozenset[str] = frozenset()) -> bool:
        applying = [s for s in self.statements if s.applies(action, resource, keys)]
        return any(s.allow for s in applying) and not any(not s.allow for s in applying)  # a Deny wins

    def refusal(self, action: str, resource: str | None) -> str:
        """AWS's message for an identity-based denial: it names the role, the function and the action."""
        who = f"arn:aws:sts::{self.account_id}:assumed-role/{self.role_name}/{self.function_name}"
        on = f" on resource: {resource}" if resource else ""
        return (f"User: {who} is not authorized to perform: {action}{on} because no identity-based policy "
                f"allows the {action} action")


@functools.cache
def _policy_templates() -> Any:
    # The SAM transform's own definitions (what `sam deploy` expands), not a copy kept here.
    from samtranslator.policy_template_processor.processor import PolicyTemplatesProcessor

    return PolicyTemplatesProcessor(PolicyTemplatesProcessor.get_default_policy_templates_json())


def _managed(name: str, logical_id: str) -> list[dict[str, Any]]:
    short = name.rsplit("/", 1)[-1]
    if short not in _MANAGED:
        raise TemplateError(f"{logical_id}: the local stack cannot read the managed policy {name!r}; "
                            "use a SAM policy template or an inline Statement")
    return _MANAGED[short]


def _own_managed(template: Any, entry: Any) -> dict[str, Any] | None:
    """The document of the template's AWS::IAM::ManagedPolicy that ``entry`` refers to (``!Ref``), or None."""
    target = entry.get("Ref") if isinstance(entry, dict) and len(entry) == 1 else None
    resource = template.resources.get(target) if isinstance(target, str) else None
    if not resource or resource.get("Type") != "AWS::IAM::ManagedPolicy":
        return None
    return resource["Properties"]["PolicyDocument"]


def policy_statements(template: Any, logical_id: str, props: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The function's policy statements, as the SAM transform puts them in its role, resolved."""
    raw = props.get("Policies") or []
    # A managed policy of the template's own (!Ref), read from its document rather than looked up by name.
    raw = [_own_managed(template, e) or e for e in (raw if isinstance(raw, list) else [raw])]
    entries = template.resolve(raw)  # !If ... AWS::NoValue drops an entry
    statements: list[dict[str, Any]] = []
    for entry in entries:
        if isinstance(entry, str):
            statements += _managed(entry, logical_id)
            continue
        if "Statement" not in entry:  # {TemplateName: {Parameter: value}}
            (name, parameters), = entry.items()
            processor = _policy_templates()
            if not processor.has(name):
                raise TemplateError(f"{logical_id}: {name} is no SAM policy template")
            entry = template.resolve(processor.convert(name, parameters or {}))
        found = entry["Statement"]
        statements += found if isinstance(found, list) else [found]
    statements += _MANAGED["AWSLambdaBasicExecutionRole"]
    if template.resolve(props.get("Tracing")) == "Active":
        statements += _MANAGED["AWSXrayWriteOnlyAccess"]
    if any(e.get("Type") == "SQS" for e in (props.get("Events") or {}).values()):
        statements += _MANAGED["AWSLambdaSQSQueueExecutionRole"]
    return statements


def function_policy(template: Any, logical_id: str, props: Mapping[str, Any], function_name: str) -> FunctionPolicy:
    return FunctionPolicy(
        logical_id=logical_id,
        function_name=function_name,
        role_name=f"{template.stack_name}-{logical_id}Role",  # SAM's role: <stack>-<Function>Role-<suffix>
        region=template.region,
        account_id=template.account_id,
        statements=tuple(Statement.parse(s) for s in policy_statements(template, logical_id, props)),
    )


# ---------------------------------------------------------------------------------- calls


def required(service: str, signing_name: str, operation: str, params: Mapping[str, Any],
             region: str, account_id: str) -> list[tuple[str, str | None]]:
    """The (action, resource ARN or None) pairs IAM authorises for one API call."""
    prefix = f"{signing_name}:"
    if service == "dynamodb":
        def table(name: str, index: str | None = None) -> str:
            arn = name if name.startswith("arn:") else f"arn:aws:dynamodb:{region}:{account_id}:table/{name}"
            return f"{arn}/index/{index}" if index else arn

        if operation == "TransactWriteItems":  # no action of its own: each item's
            return [(prefix + _TRANSACT_WRITE[kind], table(body["TableName"]))
                    for item in params["TransactItems"] for kind, body in item.items()]
        if operation == "TransactGetItems":
            return [(prefix + "GetItem", table(item["Get"]["TableName"])) for item in params["TransactItems"]]
        if operation in ("BatchGetItem", "BatchWriteItem"):
            return [(prefix + operation, table(name)) for name in params["RequestItems"]]
        if "TableName" in params:
            return [(prefix + operation, table(params["TableName"], params.get("IndexName")))]
    if service == "sqs":
        action = prefix + _SQS_BATCH.get(operation, operation)
        if "QueueUrl" in params:  # .../<account>/<name>, whatever the endpoint
            owner, name = urlsplit(params["QueueUrl"]).path.strip("/").split("/")[-2:]
            return [(action, f"arn:aws:sqs:{region}:{owner}:{name}")]
        if "QueueName" in params:
            owner = params.get("QueueOwnerAWSAccountId", account_id)
            return [(action, f"arn:aws:sqs:{region}:{owner}:{params['QueueName']}")]
        return [(action, None)]
    if service == "events" and operation == "PutEvents":
        buses = {entry.get("EventBusName") or "default" for entry in params["Entries"]}
        return [(prefix + operation, bus if bus.startswith("arn:") else f"arn:aws:events:{region}:{account_id}:event-bus/{bus}")
                for bus in sorted(buses)]
    if service == "secretsmanager" and str(params.get("SecretId", "")).startswith("arn:"):
        return [(prefix + operation, params["SecretId"])]  # by name, the ARN's random suffix is unknown
    return [(prefix + operation, None)]


def leading_keys(params: Mapping[str, Any]) -> frozenset[str]:
    """The key values a DynamoDB call names, for ``dynamodb:LeadingKeys``: its items' keys, a batch's, a
    transaction's, and the values a Query's key condition compares with ``=``."""
    keys: list[Mapping[str, Any]] = []
    if "Key" in params:
        keys.append(params["Key"])
    for request in (params.get("RequestItems") or {}).values():
        keys.extend(request.get("Keys") or [])
    for item in params.get("TransactItems") or []:
        keys.extend(body["Key"] for body in item.values() if isinstance(body, Mapping) and "Key" in body)
    values = [v for key in keys for v in key.values()]
    condition, given = params.get("KeyConditionExpression") or "", params.get("ExpressionAttributeValues") or {}
    values.extend(given[name] for name in re.findall(r"=\s*(:\w+)", condition) if name in given)
    return frozenset(str(next(iter(v.values()))) for v in values if isinstance(v, Mapping) and v)


def _check(params: Mapping[str, Any], model: Any, context: dict[str, Any], **_: Any) -> None:
    """Before the parameters are serialised: which actions the call needs, and whether the caller has them."""
    caller = _caller.get()
    if caller is None:
        return
    service = model.service_model
    region = context.get("client_region") or caller.region
    try:
        needed = required(service.service_name, service.signing_name, model.name, params, region, caller.account_id)
        keys = leading_keys(params) if service.service_name == "dynamodb" else frozenset()
    except (KeyError, TypeError, AttributeError, ValueError):  # malformed parameters: botocore refuses them next
        needed, keys = [(f"{service.signing_name}:{model.name}", None)], frozenset()
    for action, resource in needed:
        if not caller.allows(action, resource, keys):
            context[_REFUSAL] = caller.refusal(action, resource)
            return


def _refuse(model: Any, context: dict[str, Any], **_: Any) -> tuple[AWSResponse, dict[str, Any]] | None:
    """Before the request is sent: answer a refused call as the service does, without sending it."""
    message = context.get(_REFUSAL)
    if message is None:
        return None
    service = model.service_model
    # Query-protocol services (and SQS, JSON but query-compatible) say AccessDenied; the JSON ones AccessDeniedException.
    query_style = service.protocol in ("query", "rest-xml", "ec2") or "awsQueryCompatible" in service.metadata
    code, status = ("AccessDenied", 403) if query_style else ("AccessDeniedException", 400)
    parsed = {"Error": {"Code": code, "Message": message},
              "ResponseMetadata": {"HTTPStatusCode": status, "HTTPHeaders": {}}}
    return AWSResponse("", status, {}, None), parsed


# Registered on every botocore session as it is created (as moto registers its own stubber), so the
# clients a handler builds for itself are covered however it builds them. Without a caller both
# handlers do nothing: the module is imported by the loader, before any handler makes a client.
_HANDLERS = [("before-parameter-build", _check), ("before-call", _refuse)]


def install() -> None:
    for handler in _HANDLERS:
        if handler not in botocore.handlers.BUILTIN_HANDLERS:
            botocore.handlers.BUILTIN_HANDLERS.append(handler)


install()


@contextmanager
def acting_as(policy: FunctionPolicy | None) -> Iterator[None]:
    """Make ``policy``'s function the caller of every AWS call in this context (None: nobody is checked)."""
    token = _caller.set(policy)
    try:
        yield
    finally:
        _caller.reset(token)
