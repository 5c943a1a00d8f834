"""Read a SAM template the way the local stack needs it.

CloudFormation short tags (``!Ref``, ``!GetAtt``, ``!Sub`` ...) are loaded as their long forms,
parameters take their defaults (or overrides), and intrinsic functions are resolved against a
map of physical ids that :mod:`.resources` fills in while it creates the resources. Nothing here
knows Commentguard's resource names: everything is read from whatever the template declares.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import yaml

log = logging.getLogger("local_stack")

DEFAULT_REGION = "us-east-1"
DEFAULT_ACCOUNT_ID = "123456789012"  # moto's default account
DEFAULT_STACK_NAME = "commentguard-local"


# --------------------------------------------------------------------------------------- YAML


class CfnLoader(yaml.SafeLoader):
    """A SafeLoader that understands CloudFormation's short-form intrinsic tags."""


def _construct_tag(loader: CfnLoader, tag_suffix: str, node: yaml.Node) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    if tag_suffix == "Ref":
        return {"Ref": value}
    if tag_suffix == "Condition":
        return {"Condition": value}
    if tag_suffix == "GetAtt" and isinstance(value, str):
        logical, _, attribute = value.partition(".")
        value = [logical, attribute]
    return {f"Fn::{tag_suffix}": value}


CfnLoader.add_multi_constructor("!", _construct_tag)


def _check_parameter(name: str, spec: dict[str, Any], ptype: str, value: str) -> None:
    """What CloudFormation checks of a parameter's value before it creates anything."""
    allowed = spec.get("AllowedValues")
    if allowed is not None and value not in [_camel_to_scalar(a) for a in allowed]:
        raise TemplateError(f"parameter {name}={value!r} is not one of {allowed}")
    pattern = spec.get("AllowedPattern")
    if pattern is not None and re.fullmatch(pattern, value) is None:
        raise TemplateError(f"parameter {name}={value!r} does not match {pattern}")
    if ptype == "Number":
        try:
            number = float(value)
        except ValueError:
            raise TemplateError(f"parameter {name}={value!r} is not a number") from None
        if "MinValue" in spec and number < float(spec["MinValue"]):
            raise TemplateError(f"parameter {name}={value!r} is below its MinValue {spec['MinValue']}")
        if "MaxValue" in spec and number > float(spec["MaxValue"]):
            raise TemplateError(f"parameter {name}={value!r} is above its MaxValue {spec['MaxValue']}")


def load_yaml(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=CfnLoader)


# ------------------------------------------------------------------------------- data classes


class HttpRoute(NamedTuple):
    method: str  # upper case, or ANY
    path: str  # /comments/{id}
    api_id: str | None = None  # logical id of the AWS::Serverless::HttpApi (None: the implicit API)
    event_name: str = ""
    authorizer: str | None = None  # the route's Auth.Authorizer, else the API's DefaultAuthorizer
    scopes: tuple[str, ...] = ()


class SqsSource(NamedTuple):
    queue: str  # logical id of the AWS::SQS::Queue
    batch_size: int = 10
    report_batch_item_failures: bool = False
    maximum_batching_window: int = 0
    event_name: str = ""
    enabled: bool = True


class Schedule(NamedTuple):
    rate_seconds: float
    event_name: str = ""
    expression: str = ""


@dataclass
class FunctionSpec:
    logical_id: str
    code_uri: Path
    handler: str
    timeout: int = 3
    memory: int = 128
    environment: dict[str, str] = field(default_factory=dict)
    http_routes: list[HttpRoute] = field(default_factory=list)
    sqs_sources: list[SqsSource] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    layers: list[Path] = field(default_factory=list)
    function_name: str = ""
    runtime: str = ""
    # The function's role (iam.FunctionPolicy), which LocalFunction enforces; None: not checked.
    policy: Any = None


# ------------------------------------------------------------------------------- resolution

NO_VALUE = object()  # AWS::NoValue
_SUB_RE = re.compile(r"\$\{([^}]+)\}")


class TemplateError(ValueError):
    pass


def _camel_to_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_camel_to_scalar(v) for v in value)
    return str(value)


class Template:
    """A loaded template with its parameters resolved.

    ``physical`` maps a logical id to ``{"Ref": ..., "<Attribute>": ...}``; unknown entries fall back
    to names derived from the stack name, so the template can be read before anything exists.
    """

    def __init__(
        self,
        path: str | Path,
        parameters: Mapping[str, Any] | None = None,
        region: str = DEFAULT_REGION,
        account_id: str = DEFAULT_ACCOUNT_ID,
        stack_name: str = DEFAULT_STACK_NAME,
    ) -> None:
        self.path = Path(path).resolve()
        self.root = self.path.parent
        self.raw = load_yaml(self.path) or {}
        self.region = region
        self.account_id = account_id
        self.stack_name = stack_name
        self.resources: dict[str, dict[str, Any]] = dict(self.raw.get("Resources") or {})
        self.globals: dict[str, Any] = dict(self.raw.get("Globals") or {})
        self.parameters = self._resolve_parameters(dict(parameters or {}))
        self.physical: dict[str, dict[str, Any]] = {}
        self._conditions: dict[str, bool] = {}
        for name in (self.raw.get("Conditions") or {}):
            self.condition(name)
        self._check_rules()

    # -- parameters and conditions

    def _resolve_parameters(self, overrides: dict[str, Any]) -> dict[str, Any]:
        declared = self.raw.get("Parameters") or {}
        unknown = set(overrides) - set(declared)
        if unknown:
            raise TemplateError(f"unknown parameter(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for name, spec in declared.items():
            spec = spec or {}
            if name in overrides:
                value = overrides[name]
            elif "Default" in spec:
                value = spec["Default"]
            else:
                raise TemplateError(f"parameter {name} has no Default and no value was given")
            ptype = str(spec.get("Type", "String"))
            if ptype == "CommaDelimitedList" or ptype.startswith("List<"):
                if isinstance(value, str):
                    value = [v.strip() for v in value.split(",")] if value != "" else []
                else:
                    value = [str(v) for v in value]
            else:
                value = _camel_to_scalar(value)
                _check_parameter(name, spec, ptype, value)
            values[name] = value
        return values

    def _check_rules(self) -> None:
        """What CloudFormation checks before it creates anything: each rule's assertions, where it applies."""
        for name, rule in (self.raw.get("Rules") or {}).items():
            try:
                applies = self.resolve(rule.get("RuleCondition", True))
                failed = [a for a in rule.get("Assertions") or [] if applies and not self.resolve(a["Assert"])]
            except TemplateError as exc:  # a rule function the resolver lacks (Fn::Contains ...): CloudFormation checks it
                log.debug("rule %s is not checked locally: %s", name, exc)
                continue
            if failed:
                raise TemplateError(f"rule {name}: {failed[0].get('AssertDescription') or 'an assertion failed'}")

    def condition(self, name: str) -> bool:
        if name not in self._conditions:
            conditions = self.raw.get("Conditions") or {}
            if name not in conditions:
                raise TemplateError(f"unknown condition {name}")
            self._conditions[name] = bool(self.resolve(conditions[name]))
        return self._conditions[name]

    def resource_enabled(self, logical_id: str) -> bool:
        cond = (self.resources.get(logical_id) or {}).get("Condition")
        return True if cond is None else self.condition(cond)

    # -- intrinsic functions

    def pseudo(self, name: str) -> Any:
        return {
            "AWS::Region": self.region,
            "AWS::AccountId": self.account_id,
            "AWS::StackName": self.stack_name,
            "AWS::StackId": f"arn:aws:cloudformation:{self.region}:{self.account_id}:stack/{self.stack_name}/local",
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
            "AWS::NoValue": NO_VALUE,
            "AWS::NotificationARNs": [],
        }[name]

    def ref(self, name: str) -> Any:
        if name.startswith("AWS::"):
            return self.pseudo(name)
        if name in self.parameters:
            return self.parameters[name]
        if name in self.physical and "Ref" in self.physical[name]:
            return self.physical[name]["Ref"]
        if name in self.resources:
            return self._default_ref(name)
        raise TemplateError(f"!Ref to unknown name {name}")

    def get_att(self, logical_id: str, attribute: str) -> Any:
        if logical_id in self.physical and attribute in self.physical[logical_id]:
            return self.physical[logical_id][attribute]
        if logical_id not in self.resources:
            raise TemplateError(f"!GetAtt of unknown resource {logical_id}")
        return self._default_attribute(logical_id, attribute)

    def default_name(self, logical_id: str) -> str:
        """The name a resource gets when the template does not name it."""
        return f"{self.stack_name}-{logical_id}"

    def _declared_name(self, logical_id: str) -> str | None:
        res = self.resources[logical_id]
        props = res.get("Properties") or {}
        key = {
            "AWS::SQS::Queue": "QueueName",
            "AWS::DynamoDB::Table": "TableName",
            "AWS::Events::EventBus": "Name",
            "AWS::SecretsManager::Secret": "Name",
            "AWS::SNS::Topic": "TopicName",
            "AWS::Serverless::Function": "FunctionName",
            "AWS::Lambda::Function": "FunctionName",
            "AWS::SSM::Parameter": "Name",
            "AWS::S3::Bucket": "BucketName",
        }.get(res.get("Type", ""))
        if key and key in props:
            return str(self.resolve(props[key]))
        return None

    def physical_name(self, logical_id: str) -> str:
        name = self._declared_name(logical_id) or self.default_name(logical_id)
        res = self.resources[logical_id]
        props = res.get("Properties") or {}
        fifo = res.get("Type") == "AWS::SQS::Queue" and self.resolve(props.get("FifoQueue", False)) in (True, "true")
        if fifo and not name.endswith(".fifo"):
            name += ".fifo"
        return name

    def _arn(self, service: str, resource: str) -> str:
        return f"arn:aws:{service}:{self.region}:{self.account_id}:{resource}"

    def _default_ref(self, logical_id: str) -> Any:
        rtype = self.resources[logical_id].get("Type", "")
        name = self.physical_name(logical_id) if rtype else logical_id
        if rtype == "AWS::SQS::Queue":
            return f"https://sqs.{self.region}.amazonaws.com/{self.account_id}/{name}"
        if rtype in ("AWS::SecretsManager::Secret",):
            return self._arn("secretsmanager", f"secret:{name}")
        if rtype == "AWS::SNS::Topic":
            return self._arn("sns", name)
        if rtype in ("AWS::Serverless::LayerVersion", "AWS::Lambda::LayerVersion"):
            return self._arn("lambda", f"layer:{name}:1")
        if rtype in ("AWS::Serverless::HttpApi", "AWS::Serverless::Api"):
            return "local"
        return name

    def _default_attribute(self, logical_id: str, attribute: str) -> Any:
        rtype = self.resources[logical_id].get("Type", "")
        name = self.physical_name(logical_id)
        if attribute in ("QueueName", "TopicName", "Name"):
            return name
        if attribute == "QueueUrl":
            return self._default_ref(logical_id)
        if attribute in ("Arn", "TopicArn"):
            service, prefix = {
                "AWS::SQS::Queue": ("sqs", ""),
                "AWS::DynamoDB::Table": ("dynamodb", "table/"),
                "AWS::Events::EventBus": ("events", "event-bus/"),
                "AWS::SNS::Topic": ("sns", ""),
                "AWS::SecretsManager::Secret": ("secretsmanager", "secret:"),
                "AWS::Serverless::Function": ("lambda", "function:"),
                "AWS::Lambda::Function": ("lambda", "function:"),
                "AWS::S3::Bucket": ("s3", ""),
            }.get(rtype, ("cloudformation", f"{rtype}/"))
            if service == "s3":
                return f"arn:aws:s3:::{name}"
            return self._arn(service, prefix + name)
        return f"{name}.{attribute}"

    def _sub(self, text: str, variables: Mapping[str, Any]) -> str:
        def replace(match: re.Match[str]) -> str:
            expr = match.group(1)
            if expr.startswith("!"):
                return "${" + expr[1:] + "}"
            if expr in variables:
                return _camel_to_scalar(self.resolve(variables[expr]))
            if "." in expr and not expr.startswith("AWS::"):
                logical, _, attribute = expr.partition(".")
                return _camel_to_scalar(self.get_att(logical, attribute))
            return _camel_to_scalar(self.ref(expr))

        return _SUB_RE.sub(replace, text)

    def resolve(self, value: Any) -> Any:
        """Resolve intrinsic functions inside ``value`` (a property tree)."""
        if isinstance(value, list):
            out = [self.resolve(v) for v in value]
            return [v for v in out if v is not NO_VALUE]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            (key, arg), = value.items()
            if key == "Ref":
                return self.ref(arg)
            if key == "Fn::GetAtt":
                logical, attribute = arg if isinstance(arg, list) else str(arg).split(".", 1)
                return self.get_att(logical, self.resolve(attribute))
            if key == "Fn::Sub":
                if isinstance(arg, list):
                    return self._sub(arg[0], arg[1] if len(arg) > 1 else {})
                return self._sub(arg, {})
            if key == "Fn::Join":
                sep, items = arg
                return sep.join(_camel_to_scalar(v) for v in self.resolve(items))
            if key == "Fn::Select":
                index, items = arg
                return self.resolve(items)[int(self.resolve(index))]
            if key == "Fn::Split":
                sep, text = arg
                return str(self.resolve(text)).split(sep)
            if key == "Fn::If":
                cond, when_true, when_false = arg
                return self.resolve(when_true if self.condition(cond) else when_false)
            if key == "Fn::Equals":
                a, b = (self.resolve(v) for v in arg)
                return _camel_to_scalar(a) == _camel_to_scalar(b)
            if key == "Fn::Not":
                return not self.resolve(arg[0])
            if key == "Fn::And":
                return all(self.resolve(v) for v in arg)
            if key == "Fn::Or":
                return any(self.resolve(v) for v in arg)
            if key == "Condition" and isinstance(arg, str):
                return self.condition(arg)
            if key == "Fn::FindInMap":
                mapping, top, second = (self.resolve(v) for v in arg[:3])
                return self.raw["Mappings"][mapping][top][second]
            if key == "Fn::Base64":
                import base64

                return base64.b64encode(str(self.resolve(arg)).encode()).decode()
            if key == "Fn::GetAZs":
                return [f"{self.region}{z}" for z in "abc"]
            if key.startswith("Fn::"):
                raise TemplateError(f"{key} is not supported by the local stack")
        out = {k: self.resolve(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v is not NO_VALUE}

    # -- references between resources

    def references(self, value: Any) -> set[str]:
        """Logical ids of resources that ``value`` refers to (Ref, GetAtt, Sub)."""
        found: set[str] = set()

        def walk(v: Any) -> None:
            if isinstance(v, list):
                for item in v:
                    walk(item)
            elif isinstance(v, dict):
                for key, arg in v.items():
                    if key == "Ref" and isinstance(arg, str) and arg in self.resources:
                        found.add(arg)
                    elif key == "Fn::GetAtt":
                        logical = arg[0] if isinstance(arg, list) else str(arg).split(".", 1)[0]
                        if logical in self.resources:
                            found.add(logical)
                    elif key == "Fn::Sub":
                        text = arg[0] if isinstance(arg, list) else arg
                        for expr in _SUB_RE.findall(text):
                            logical = expr.split(".", 1)[0]
                            if logical in self.resources:
                                found.add(logical)
                        if isinstance(arg, list) and len(arg) > 1:
                            walk(arg[1])
                    else:
                        walk(arg)

        walk(value)
        return found

    def dependencies(self, logical_id: str) -> set[str]:
        res = self.resources[logical_id]
        deps = self.references(res.get("Properties") or {})
        depends_on = res.get("DependsOn") or []
        if isinstance(depends_on, str):
            depends_on = [depends_on]
        return (deps | set(depends_on)) - {logical_id}

    def of_type(self, *types: str) -> list[str]:
        return [
            lid
            for lid, res in self.resources.items()
            if res.get("Type") in types and self.resource_enabled(lid)
        ]

    # -- functions

    def function_properties(self, logical_id: str) -> dict[str, Any]:
        """A function's properties with Globals.Function merged in (unresolved)."""
        glob = dict(self.globals.get("Function") or {})
        props = dict(self.resources[logical_id].get("Properties") or {})
        merged = {**glob, **props}
        genv = ((glob.get("Environment") or {}).get("Variables")) or {}
        penv = ((props.get("Environment") or {}).get("Variables")) or {}
        if genv or penv:
            merged["Environment"] = {"Variables": {**genv, **penv}}
        if "Layers" in glob or "Layers" in props:
            merged["Layers"] = list(glob.get("Layers") or []) + list(props.get("Layers") or [])
        return merged

    def _layer_paths(self, layers: list[Any]) -> list[Path]:
        paths: list[Path] = []
        for layer in layers:
            logical = layer.get("Ref") if isinstance(layer, dict) else None
            if logical in self.resources:
                res = self.resources[logical]
                props = res.get("Properties") or {}
                uri = props.get("ContentUri") or props.get("Content")
                if isinstance(uri, str):
                    paths.append((self.root / uri).resolve())
        return paths

    def function(self, logical_id: str) -> FunctionSpec:
        props = self.function_properties(logical_id)
        env_raw = ((props.get("Environment") or {}).get("Variables")) or {}
        environment = {k: _camel_to_scalar(v) for k, v in self.resolve(env_raw).items()}
        spec = FunctionSpec(
            logical_id=logical_id,
            code_uri=(self.root / str(self.resolve(props.get("CodeUri", ".")))).resolve(),
            handler=str(self.resolve(props.get("Handler", "app.lambda_handler"))),
            timeout=int(self.resolve(props.get("Timeout", 3))),
            memory=int(self.resolve(props.get("MemorySize", 128))),
            environment=environment,
            layers=self._layer_paths(props.get("Layers") or []),
            function_name=str(self.resolve(props["FunctionName"])) if "FunctionName" in props
            else self.default_name(logical_id),
            runtime=str(self.resolve(props.get("Runtime", ""))),
        )
        from .iam import function_policy  # here, not at the top: iam imports this module

        spec.policy = function_policy(self, logical_id, props, spec.function_name)
        for event_name, event in (props.get("Events") or {}).items():
            etype = event.get("Type")
            eprops = event.get("Properties") or {}
            if etype == "HttpApi":
                api = eprops.get("ApiId")
                api_id = api.get("Ref") if isinstance(api, dict) else None
                auth = self.resolve(eprops.get("Auth") or {})
                api_auth = (self.http_apis().get(api_id) or {}).get("Auth") or {}
                authorizer = auth.get("Authorizer", api_auth.get("DefaultAuthorizer"))
                spec.http_routes.append(
                    HttpRoute(
                        method=str(self.resolve(eprops.get("Method", "ANY"))).upper(),
                        path=str(self.resolve(eprops.get("Path", "$default"))),
                        api_id=api_id,
                        event_name=event_name,
                        authorizer=None if authorizer in (None, "NONE") else str(authorizer),
                        scopes=tuple(auth.get("AuthorizationScopes") or ()),
                    )
                )
            elif etype == "SQS":
                queue = eprops.get("Queue")
                logical = None
                if isinstance(queue, dict) and "Fn::GetAtt" in queue:
                    att = queue["Fn::GetAtt"]
                    logical = att[0] if isinstance(att, list) else str(att).split(".", 1)[0]
                elif isinstance(queue, dict) and "Ref" in queue:
                    logical = queue["Ref"]
                if logical is None or logical not in self.resources:
                    raise TemplateError(f"{logical_id}.{event_name}: Queue must be !GetAtt <Queue>.Arn")
                responses = self.resolve(eprops.get("FunctionResponseTypes") or [])
                spec.sqs_sources.append(
                    SqsSource(
                        queue=logical,
                        batch_size=int(self.resolve(eprops.get("BatchSize", 10))),
                        report_batch_item_failures="ReportBatchItemFailures" in responses,
                        maximum_batching_window=int(self.resolve(eprops.get("MaximumBatchingWindowInSeconds", 0))),
                        event_name=event_name,
                        enabled=self.resolve(eprops.get("Enabled", True)) not in (False, "false"),
                    )
                )
            elif etype in ("Schedule", "ScheduleV2"):
                expression = str(self.resolve(eprops.get("Schedule") or eprops.get("ScheduleExpression", "")))
                enabled = self.resolve(eprops.get("Enabled", True)) not in (False, "false")
                state = self.resolve(eprops.get("State", "ENABLED"))
                seconds = parse_rate(expression)
                if seconds is not None and enabled and state != "DISABLED":
                    spec.schedules.append(Schedule(seconds, event_name, expression))
        return spec

    def functions(self) -> dict[str, FunctionSpec]:
        return {
            lid: self.function(lid)
            for lid in self.of_type("AWS::Serverless::Function")
        }

    def http_apis(self) -> dict[str | None, dict[str, Any]]:
        """HttpApi logical id → resolved properties (Globals.HttpApi merged); None is the implicit API."""
        glob = dict(self.globals.get("HttpApi") or {})
        apis: dict[str | None, dict[str, Any]] = {None: self.resolve(glob)}
        for lid in self.of_type("AWS::Serverless::HttpApi"):
            props = {**glob, **(self.resources[lid].get("Properties") or {})}
            apis[lid] = self.resolve(props)
        return apis


_RATE_RE = re.compile(r"^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$")


def parse_rate(expression: str) -> float | None:
    """Seconds between runs for ``rate(N unit)``; None for cron() and anything else."""
    m = _RATE_RE.match(expression.strip())
    if not m:
        return None
    unit = m.group(2).rstrip("s")
    return int(m.group(1)) * {"minute": 60, "hour": 3600, "day": 86400}[unit]


def load_template(
    path: str | Path = "template.yaml",
    parameters: Mapping[str, Any] | None = None,
    region: str = DEFAULT_REGION,
    account_id: str = DEFAULT_ACCOUNT_ID,
    stack_name: str = DEFAULT_STACK_NAME,
) -> Template:
    """Load ``template.yaml`` with its parameters resolved (defaults, overridable by ``parameters``)."""
    return Template(path, parameters, region=region, account_id=account_id, stack_name=stack_name)
