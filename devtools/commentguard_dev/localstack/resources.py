"""Create in moto the resources that template.yaml declares.

Every supported resource type is created from its template properties (queues, tables, buses,
secrets, topics, SSM parameters, buckets), in dependency order so a dead-letter queue exists
before the queue that redrives to it. Types the local stack has no use for (alarms, dashboards,
log groups, the API and functions themselves) are skipped. The result maps each logical id to
its physical ids, ``{"Ref": ..., "Arn": ..., ...}``, which is what ``!Ref`` / ``!GetAtt`` resolve to.
"""

from __future__ import annotations

import json
import logging
import secrets
import string
from collections.abc import Callable
from typing import Any

import boto3

from .template import Template, TemplateError

log = logging.getLogger("local_stack")  # no "commentguard" in the name: Powertools filters those

Physical = dict[str, dict[str, Any]]

_SQS_ATTRIBUTES = (
    "DelaySeconds",
    "MaximumMessageSize",
    "MessageRetentionPeriod",
    "ReceiveMessageWaitTimeSeconds",
    "VisibilityTimeout",
    "FifoQueue",
    "ContentBasedDeduplication",
    "DeduplicationScope",
    "FifoThroughputLimit",
    "KmsMasterKeyId",
    "KmsDataKeyReusePeriodSeconds",
    "SqsManagedSseEnabled",
)


def _attr(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def _tags(props: dict[str, Any]) -> list[dict[str, str]]:
    tags = props.get("Tags") or []
    if isinstance(tags, dict):
        return [{"Key": k, "Value": str(v)} for k, v in tags.items()]
    return [{"Key": t["Key"], "Value": str(t["Value"])} for t in tags]


class ResourceFactory:
    """Creates the template's resources with boto3 clients pointed at ``endpoint_url``."""

    def __init__(self, template: Template, endpoint_url: str | None = None, session: boto3.Session | None = None):
        self.template = template
        self.session = session or boto3.Session(region_name=template.region)
        self.endpoint_url = endpoint_url
        self._clients: dict[str, Any] = {}
        self.creators: dict[str, Callable[[str, dict[str, Any]], dict[str, Any]]] = {
            "AWS::SQS::Queue": self.create_queue,
            "AWS::DynamoDB::Table": self.create_table,
            "AWS::Events::EventBus": self.create_event_bus,
            "AWS::SecretsManager::Secret": self.create_secret,
            "AWS::SNS::Topic": self.create_topic,
            "AWS::KMS::Key": self.create_key,
            "AWS::SSM::Parameter": self.create_parameter,
            "AWS::S3::Bucket": self.create_bucket,
        }

    def client(self, service: str) -> Any:
        if service not in self._clients:
            self._clients[service] = self.session.client(
                service, region_name=self.template.region, endpoint_url=self.endpoint_url
            )
        return self._clients[service]

    # -- ordering

    def creation_order(self) -> list[str]:
        """Supported resources, each after the resources it refers to."""
        wanted = [lid for lid in self.template.of_type(*self.creators)]
        order: list[str] = []
        state: dict[str, int] = {}

        def visit(lid: str, path: tuple[str, ...]) -> None:
            if state.get(lid) == 2:
                return
            if state.get(lid) == 1:
                raise TemplateError("circular reference: " + " -> ".join(path + (lid,)))
            state[lid] = 1
            for dep in sorted(self.template.dependencies(lid)):
                if dep in wanted:
                    visit(dep, path + (lid,))
            state[lid] = 2
            order.append(lid)

        for lid in wanted:
            visit(lid, ())
        return order

    def create_all(self) -> Physical:
        physical = self.template.physical
        for lid in self.creation_order():
            rtype = self.template.resources[lid]["Type"]
            props = self.template.resolve(self.template.resources[lid].get("Properties") or {})
            physical[lid] = self.creators[rtype](lid, props)
            log.debug("created %s %s: %s", rtype, lid, physical[lid]["Ref"])
        return physical

    # -- creators

    def create_queue(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        sqs = self.client("sqs")
        name = self.template.physical_name(lid)
        attributes = {k: _attr(props[k]) for k in _SQS_ATTRIBUTES if k in props}
        if props.get("FifoQueue") in (True, "true"):
            attributes["FifoQueue"] = "true"
        for key in ("RedrivePolicy", "RedriveAllowPolicy"):
            if key in props:
                attributes[key] = json.dumps(props[key]) if not isinstance(props[key], str) else props[key]
        kwargs: dict[str, Any] = {"QueueName": name, "Attributes": attributes}
        tags = _tags(props)
        if tags:
            kwargs["tags"] = {t["Key"]: t["Value"] for t in tags}
        url = sqs.create_queue(**kwargs)["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        return {"Ref": url, "Arn": arn, "QueueName": name, "QueueUrl": url}

    def create_table(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        ddb = self.client("dynamodb")
        name = self.template.physical_name(lid)
        kwargs: dict[str, Any] = {
            "TableName": name,
            "KeySchema": props["KeySchema"],
            "AttributeDefinitions": props["AttributeDefinitions"],
            "BillingMode": props.get("BillingMode", "PROVISIONED"),
        }
        if kwargs["BillingMode"] == "PROVISIONED":
            kwargs["ProvisionedThroughput"] = props.get(
                "ProvisionedThroughput", {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
            )
        for key in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
            if props.get(key):
                indexes = []
                for index in props[key]:
                    index = {k: v for k, v in index.items() if k != "ContributorInsightsSpecification"}
                    if key == "GlobalSecondaryIndexes" and kwargs["BillingMode"] == "PROVISIONED":
                        index.setdefault("ProvisionedThroughput", kwargs["ProvisionedThroughput"])
                    indexes.append(index)
                kwargs[key] = indexes
        if "StreamSpecification" in props:
            kwargs["StreamSpecification"] = {"StreamEnabled": True, **props["StreamSpecification"]}
        if "SSESpecification" in props:
            sse = props["SSESpecification"]
            spec: dict[str, Any] = {"Enabled": bool(sse.get("SSEEnabled") in (True, "true"))}
            if sse.get("SSEType"):
                spec["SSEType"] = sse["SSEType"]
            if sse.get("KMSMasterKeyId"):
                spec["KMSMasterKeyId"] = sse["KMSMasterKeyId"]
            kwargs["SSESpecification"] = spec
        if "TableClass" in props:
            kwargs["TableClass"] = props["TableClass"]
        if "DeletionProtectionEnabled" in props:
            kwargs["DeletionProtectionEnabled"] = props["DeletionProtectionEnabled"] in (True, "true")
        tags = _tags(props)
        if tags:
            kwargs["Tags"] = tags
        table = ddb.create_table(**kwargs)["TableDescription"]
        ttl = props.get("TimeToLiveSpecification")
        if ttl and ttl.get("Enabled") in (True, "true"):
            ddb.update_time_to_live(
                TableName=name,
                TimeToLiveSpecification={"AttributeName": ttl["AttributeName"], "Enabled": True},
            )
        pitr = (props.get("PointInTimeRecoverySpecification") or {}).get("PointInTimeRecoveryEnabled")
        if pitr in (True, "true"):
            try:
                ddb.update_continuous_backups(
                    TableName=name,
                    PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True},
                )
            except Exception as exc:
                log.debug("point-in-time recovery not set on %s: %s", name, exc)
        out = {"Ref": name, "Arn": table["TableArn"], "TableName": name}
        if table.get("LatestStreamArn"):
            out["StreamArn"] = table["LatestStreamArn"]
        return out

    def create_event_bus(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        name = self.template.physical_name(lid)
        arn = self.client("events").create_event_bus(Name=name)["EventBusArn"]
        return {"Ref": name, "Arn": arn, "Name": name}

    def create_secret(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        name = self.template.physical_name(lid)
        if "SecretString" in props:
            value = str(props["SecretString"])
        else:
            value = generate_secret_string(props.get("GenerateSecretString") or {})
        kwargs: dict[str, Any] = {"Name": name, "SecretString": value}
        if props.get("Description"):
            kwargs["Description"] = props["Description"]
        tags = _tags(props)
        if tags:
            kwargs["Tags"] = tags
        arn = self.client("secretsmanager").create_secret(**kwargs)["ARN"]
        return {"Ref": arn, "Id": arn, "Arn": arn}

    def create_topic(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        name = self.template.physical_name(lid)
        attributes = {}
        for key in ("FifoTopic", "ContentBasedDeduplication", "DisplayName", "KmsMasterKeyId"):
            if key in props:
                attributes[key] = _attr(props[key])
        if props.get("FifoTopic") in (True, "true") and not name.endswith(".fifo"):
            name += ".fifo"
        arn = self.client("sns").create_topic(Name=name, Attributes=attributes)["TopicArn"]
        return {"Ref": arn, "TopicArn": arn, "TopicName": name}

    def create_key(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"Description": str(props.get("Description", lid))}
        if "KeyPolicy" in props:
            kwargs["Policy"] = json.dumps(props["KeyPolicy"])
        meta = self.client("kms").create_key(**kwargs)["KeyMetadata"]
        return {"Ref": meta["KeyId"], "Arn": meta["Arn"], "KeyId": meta["KeyId"]}

    def create_parameter(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        name = self.template.physical_name(lid)
        self.client("ssm").put_parameter(
            Name=name, Value=str(props["Value"]), Type=props.get("Type", "String"), Overwrite=True
        )
        return {"Ref": name, "Type": props.get("Type", "String"), "Value": str(props["Value"])}

    def create_bucket(self, lid: str, props: dict[str, Any]) -> dict[str, Any]:
        name = self.template.physical_name(lid).lower()
        self.client("s3").create_bucket(Bucket=name)
        return {"Ref": name, "Arn": f"arn:aws:s3:::{name}", "BucketName": name}


def generate_secret_string(spec: dict[str, Any]) -> str:
    """What Secrets Manager's GenerateSecretString makes, with the same options."""
    length = int(spec.get("PasswordLength", 32))
    exclude = set(str(spec.get("ExcludeCharacters", "")))
    alphabet = ""
    if spec.get("ExcludeLowercase") not in (True, "true"):
        alphabet += string.ascii_lowercase
    if spec.get("ExcludeUppercase") not in (True, "true"):
        alphabet += string.ascii_uppercase
    if spec.get("ExcludeNumbers") not in (True, "true"):
        alphabet += string.digits
    if spec.get("ExcludePunctuation") not in (True, "true"):
        alphabet += string.punctuation
    if spec.get("IncludeSpace") in (True, "true"):
        alphabet += " "
    alphabet = "".join(c for c in alphabet if c not in exclude)
    if not alphabet:
        raise TemplateError("GenerateSecretString excludes every character")
    value = "".join(secrets.choice(alphabet) for _ in range(length))
    if spec.get("SecretStringTemplate") and spec.get("GenerateStringKey"):
        doc = json.loads(spec["SecretStringTemplate"])
        doc[spec["GenerateStringKey"]] = value
        return json.dumps(doc)
    return value


def create_resources(template: Template, endpoint_url: str | None = None) -> Physical:
    """Create the template's resources (at ``endpoint_url``) and return their physical ids."""
    return ResourceFactory(template, endpoint_url).create_all()
