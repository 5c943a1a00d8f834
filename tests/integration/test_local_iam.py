"""The local stack enforces template.yaml's IAM: while a function's handler runs, each AWS call it makes
must be allowed by the function's Policies, or it fails as AWS fails it (moto alone checks nothing, which
is how the resender shipped without dynamodb:UpdateItem)."""

from __future__ import annotations

from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ClientError

from commentguard_dev.localstack import LocalStack, iam
from commentguard_dev.localstack.loader import LocalFunction
from commentguard_dev.localstack.template import TemplateError, load_template

TEMPLATE = Path(__file__).resolve().parents[2] / "template.yaml"
FIXTURE = Path(__file__).parent / "fixtures" / "localstack" / "template.yaml"
REGION, ACCOUNT = "us-east-1", "123456789012"


def refused(call) -> ClientError:
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value


def probe(*statements: dict) -> iam.FunctionPolicy:
    """A role with just these statements."""
    return iam.FunctionPolicy("ProbeFunction", "stack-ProbeFunction", "stack-ProbeFunctionRole", REGION, ACCOUNT,
                              tuple(iam.Statement.parse(s) for s in statements))


def table_arn(template) -> str:
    return f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{template.physical_name('CommentsTable')}"


def queue_arn(template, logical_id: str) -> str:
    return f"arn:aws:sqs:{REGION}:{ACCOUNT}:{template.physical_name(logical_id)}"


# ------------------------------------------------------------------------------ refusals as AWS makes them


def test_a_call_outside_the_functions_policies_is_refused_naming_the_function_and_the_action(aws):
    reader = aws.functions()["ReaderFunction"]  # DynamoDBReadPolicy: no writes
    dynamodb = boto3.client("dynamodb")
    table = aws.physical_name("CommentsTable")
    with iam.acting_as(reader.policy):
        assert "Item" not in dynamodb.get_item(TableName=table, Key={"id": {"S": "c1"}})  # reads are allowed
        error = refused(lambda: dynamodb.put_item(TableName=table, Item={"id": {"S": "c1"}}))
    assert error.response["Error"]["Code"] == "AccessDeniedException"
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    message = error.response["Error"]["Message"]
    assert "ReaderFunction" in message and reader.function_name in message
    assert "not authorized to perform: dynamodb:PutItem on resource: " + table_arn(aws) in message
    # The refused call never reached the table; the test's own call, made as nobody, is not checked.
    assert "Item" not in dynamodb.get_item(TableName=table, Key={"id": {"S": "c1"}})
    dynamodb.put_item(TableName=table, Item={"id": {"S": "c1"}})


def test_sqs_refuses_with_its_own_error_code_and_checks_which_queue(aws):
    intake = aws.functions()["IntakeFunction"]  # SQSSendMessagePolicy for the scoring queue only
    sqs = boto3.client("sqs")
    scoring, publish = (sqs.get_queue_url(QueueName=aws.physical_name(q))["QueueUrl"]
                        for q in ("ScoringQueue", "PublishQueue"))
    with iam.acting_as(intake.policy):
        sqs.send_message(QueueUrl=scoring, MessageBody="{}")
        error = refused(lambda: sqs.send_message(QueueUrl=publish, MessageBody="{}", MessageGroupId="p",
                                                 MessageDeduplicationId="d"))
    assert error.response["Error"]["Code"] == "AccessDenied"  # SQS's code for an IAM refusal
    assert f"sqs:SendMessage on resource: {queue_arn(aws, 'PublishQueue')}" in error.response["Error"]["Message"]


def test_only_the_calls_of_an_invocation_are_checked(aws):
    """The handler's calls run as the function; the local stack's and the test's, before and after, do not."""
    sqs = boto3.client("sqs")
    publish = sqs.get_queue_url(QueueName=aws.physical_name("PublishQueue"))["QueueUrl"]

    def handler(event, context):
        return sqs.get_queue_attributes(QueueUrl=publish, AttributeNames=["All"])

    reader = LocalFunction(aws.functions()["ReaderFunction"], handler=handler)
    error = refused(lambda: reader.invoke({}))
    assert "sqs:GetQueueAttributes" in error.response["Error"]["Message"]
    assert handler({}, None)["Attributes"]  # as nobody, after the invocation

    publisher = LocalFunction(aws.functions()["PublisherFunction"], handler=handler)
    assert publisher.invoke({})["Attributes"]  # its SQS event source's execution role allows it (as SAM attaches it)


def test_the_served_stack_checks_calls_against_the_queues_it_created():
    """`commentguard serve` runs the same check, on moto's server URLs and the ARNs moto gave the queues."""
    with LocalStack(FIXTURE, schedules=False, functions=["ApiFunction"]) as stack:
        api = stack.functions["ApiFunction"]  # SQSSendMessagePolicy: the work queue
        sqs = stack.client("sqs")

        def send_to(queue: str):
            return lambda event, context: sqs.send_message(QueueUrl=stack.resources[queue]["Ref"], MessageBody="{}",
                                                           **({"MessageGroupId": "g"} if queue == "OrderQueue" else {}))

        assert LocalFunction(api.spec, handler=send_to("WorkQueue")).invoke({})["MessageId"]
        error = refused(lambda: LocalFunction(api.spec, handler=send_to("OrderQueue")).invoke({}))
        assert f"sqs:SendMessage on resource: {stack.resources['OrderQueue']['Arn']}" in error.response["Error"]["Message"]


# ------------------------------------------------------------------------------ actions IAM names


@pytest.mark.parametrize(("operation", "params", "needed"), [
    ("TransactWriteItems",
     {"TransactItems": [{"Put": {"TableName": "t", "Item": {}}}, {"Update": {"TableName": "t", "Key": {}}},
                        {"Delete": {"TableName": "u", "Key": {}}}, {"ConditionCheck": {"TableName": "t", "Key": {}}}]},
     [("dynamodb:PutItem", "table/t"), ("dynamodb:UpdateItem", "table/t"), ("dynamodb:DeleteItem", "table/u"),
      ("dynamodb:ConditionCheckItem", "table/t")]),
    ("TransactGetItems", {"TransactItems": [{"Get": {"TableName": "t", "Key": {}}}]}, [("dynamodb:GetItem", "table/t")]),
    ("BatchGetItem", {"RequestItems": {"t": {}, "u": {}}}, [("dynamodb:BatchGetItem", "table/t"),
                                                          ("dynamodb:BatchGetItem", "table/u")]),
    ("Query", {"TableName": "t", "IndexName": "ByStatus"}, [("dynamodb:Query", "table/t/index/ByStatus")]),
    ("UpdateItem", {"TableName": "t"}, [("dynamodb:UpdateItem", "table/t")]),
])
def test_dynamodb_calls_need_the_actions_iam_names(operation, params, needed):
    got = iam.required("dynamodb", "dynamodb", operation, params, REGION, ACCOUNT)
    assert got == [(action, f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:{resource}") for action, resource in needed]


@pytest.mark.parametrize(("operation", "action"), [
    ("SendMessage", "sqs:SendMessage"), ("SendMessageBatch", "sqs:SendMessage"),
    ("DeleteMessageBatch", "sqs:DeleteMessage"), ("ChangeMessageVisibilityBatch", "sqs:ChangeMessageVisibility"),
    ("ReceiveMessage", "sqs:ReceiveMessage"),
])
def test_sqs_batches_need_the_single_message_action(operation, action):
    url = "http://127.0.0.1:5000/210987654321/work-queue"  # any endpoint: the path names owner and queue
    assert iam.required("sqs", "sqs", operation, {"QueueUrl": url}, REGION, ACCOUNT) == [
        (action, f"arn:aws:sqs:{REGION}:210987654321:work-queue")]


def test_events_and_secrets_are_checked_on_their_bus_and_secret():
    entries = {"Entries": [{"EventBusName": "comments"}, {"Source": "x"}]}
    assert iam.required("events", "events", "PutEvents", entries, REGION, ACCOUNT) == [
        ("events:PutEvents", f"arn:aws:events:{REGION}:{ACCOUNT}:event-bus/comments"),
        ("events:PutEvents", f"arn:aws:events:{REGION}:{ACCOUNT}:event-bus/default")]
    secret = f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:key-AbCdEf"
    assert iam.required("secretsmanager", "secretsmanager", "GetSecretValue", {"SecretId": secret}, REGION, ACCOUNT) == [
        ("secretsmanager:GetSecretValue", secret)]
    assert iam.required("comprehend", "comprehend", "DetectToxicContent", {}, REGION, ACCOUNT) == [
        ("comprehend:DetectToxicContent", None)]  # no resource-level permissions: the action decides


def test_a_transaction_passes_with_its_items_actions_and_fails_on_the_first_it_lacks(aws):
    table = aws.physical_name("CommentsTable")
    role = probe({"Effect": "Allow", "Action": ["dynamodb:PutItem", "dynamodb:ConditionCheckItem"],
                  "Resource": table_arn(aws)})
    dynamodb = boto3.client("dynamodb")
    put = {"Put": {"TableName": table, "Item": {"id": {"S": "a"}}}}
    check = {"ConditionCheck": {"TableName": table, "Key": {"id": {"S": "a"}},
                                "ConditionExpression": "attribute_exists(id)"}}
    update = {"Update": {"TableName": table, "Key": {"id": {"S": "a"}}, "UpdateExpression": "SET n = :n",
                         "ExpressionAttributeValues": {":n": {"N": "1"}}}}
    with iam.acting_as(role):
        dynamodb.transact_write_items(TransactItems=[put])
        dynamodb.transact_write_items(TransactItems=[check])
        error = refused(lambda: dynamodb.transact_write_items(TransactItems=[check, update]))
    assert "perform: dynamodb:UpdateItem on resource" in error.response["Error"]["Message"]


def test_a_send_batch_passes_on_sqs_send_message(aws):
    sqs = boto3.client("sqs")
    url = sqs.get_queue_url(QueueName=aws.physical_name("ScoringQueue"))["QueueUrl"]
    batch = [{"Id": "1", "MessageBody": "{}"}, {"Id": "2", "MessageBody": "{}"}]
    with iam.acting_as(probe({"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue_arn(aws, "ScoringQueue")})):
        assert len(sqs.send_message_batch(QueueUrl=url, Entries=batch)["Successful"]) == 2
    with iam.acting_as(probe({"Effect": "Allow", "Action": "sqs:SendMessageBatch", "Resource": "*"})):  # not an IAM action
        assert "sqs:SendMessage on" in refused(lambda: sqs.send_message_batch(QueueUrl=url, Entries=batch)).response[
            "Error"]["Message"]


def test_an_explicit_deny_wins_over_an_allow():
    role = probe({"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"},
                 {"Effect": "Deny", "Action": "dynamodb:DeleteItem", "Resource": "arn:aws:dynamodb:*:*:table/t"})
    assert role.allows("dynamodb:deleteitem", "arn:aws:dynamodb:us-east-1:1:table/u")  # actions ignore case
    assert not role.allows("dynamodb:DeleteItem", "arn:aws:dynamodb:us-east-1:1:table/t")


@pytest.mark.parametrize(("params", "keys"), [
    ({"Key": {"id": {"S": "pii#c1"}}}, {"pii#c1"}),
    ({"RequestItems": {"t": {"Keys": [{"id": {"S": "c1"}}, {"id": {"S": "pii#c1"}}]}}}, {"c1", "pii#c1"}),
    ({"TransactItems": [{"Get": {"TableName": "t", "Key": {"id": {"S": "pii#c2"}}}}]}, {"pii#c2"}),
    ({"KeyConditionExpression": "post_id = :p AND published_at > :t",
      "ExpressionAttributeValues": {":p": {"S": "budget"}, ":t": {"S": "2026"}}}, {"budget"}),
    ({"TableName": "t"}, set()),  # a Scan names no key
])
def test_dynamodb_calls_name_their_leading_keys_for_iam_conditions(params, keys):
    assert iam.leading_keys(params) == keys


def test_a_deny_on_leading_keys_refuses_only_the_calls_that_name_such_a_key():
    table = "arn:aws:dynamodb:us-east-1:1:table/t"
    role = probe({"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"},
                 {"Effect": "Deny", "Action": "dynamodb:GetItem", "Resource": table,
                  "Condition": {"ForAnyValue:StringLike": {"dynamodb:LeadingKeys": ["pii#*"]}}})
    assert not role.allows("dynamodb:GetItem", table, frozenset({"pii#c1"}))
    assert role.allows("dynamodb:GetItem", table, frozenset({"c1"}))
    assert role.allows("dynamodb:GetItem", table)  # no key named: the condition is not met, as in IAM


# ------------------------------------------------------------------------------ the template's policies


def test_the_reader_reads_comments_but_never_their_personal_data_nor_scans_for_it(aws):
    reader = aws.functions()["ReaderFunction"]
    dynamodb = boto3.client("dynamodb")
    table = aws.physical_name("CommentsTable")
    with iam.acting_as(reader.policy):
        dynamodb.get_item(TableName=table, Key={"id": {"S": "c1"}})
        dynamodb.query(TableName=table, IndexName="ByPost", KeyConditionExpression="post_id = :p",
                       ExpressionAttributeValues={":p": {"S": "budget"}})
        denied = [refused(lambda: dynamodb.get_item(TableName=table, Key={"id": {"S": "pii#c1"}})),
                  refused(lambda: dynamodb.batch_get_item(RequestItems={table: {"Keys": [{"id": {"S": "pii#c1"}}]}})),
                  refused(lambda: dynamodb.scan(TableName=table))]
    assert all(e.response["Error"]["Code"] == "AccessDeniedException" for e in denied)


@pytest.mark.parametrize("function", ["IntakeFunction", "PublisherFunction", "ResenderFunction"])
def test_the_functions_that_need_no_personal_data_may_neither_read_a_pii_item_nor_scan(template, function):
    table = table_arn(template)
    policy = template.functions()[function].policy
    assert policy.allows("dynamodb:GetItem", table, frozenset({"c1"}))
    for action in ("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"):
        assert not policy.allows(action, table, frozenset({"c1", "pii#c1"})), action
    assert not policy.allows("dynamodb:Scan", table) and not policy.allows("dynamodb:Scan", table + "/index/ByStatus")


def test_intake_may_still_write_a_comments_personal_data_with_the_comment(template):
    intake = template.functions()["IntakeFunction"].policy
    assert intake.allows("dynamodb:PutItem", table_arn(template), frozenset({"pii#c1"}))


@pytest.mark.parametrize("function", ["ScoringFunction", "ModerationFunction"])
def test_the_functions_that_read_personal_data_may_read_it_by_key_but_scan_nothing(template, function):
    policy = template.functions()[function].policy
    assert policy.allows("dynamodb:GetItem", table_arn(template), frozenset({"pii#c1"}))
    assert not policy.allows("dynamodb:Scan", table_arn(template))


def test_sam_policy_templates_grant_what_the_sam_transform_grants(template):
    table = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{template.physical_name('CommentsTable')}"
    reader = template.functions()["ReaderFunction"].policy  # DynamoDBReadPolicy
    assert reader.allows("dynamodb:Query", table + "/index/ByPost") and reader.allows("dynamodb:BatchGetItem", table)
    assert not reader.allows("dynamodb:PutItem", table) and not reader.allows("dynamodb:GetItem", table + "-other")
    moderation = template.functions()["ModerationFunction"].policy  # DynamoDBCrudPolicy, EventBridgePutEventsPolicy
    assert moderation.allows("dynamodb:ConditionCheckItem", table)
    bus = f"arn:aws:events:{REGION}:{ACCOUNT}:event-bus/{template.physical_name('CommentEventsBus')}"
    assert moderation.allows("events:PutEvents", bus) and not moderation.allows("events:PutEvents", bus + "-other")


def test_the_resender_may_count_its_resends_and_write_nothing_else(template):
    table = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{template.physical_name('CommentsTable')}"
    resender = template.functions()["ResenderFunction"].policy
    assert resender.allows("dynamodb:UpdateItem", table)
    for action in ("dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"):
        assert not resender.allows(action, table), action
    assert resender.allows("sqs:SendMessage", queue_arn(template, "PublishQueue"))


def test_the_publisher_may_update_comments_and_counts_and_put_or_delete_nothing(template):
    table = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{template.physical_name('CommentsTable')}"
    publisher = template.functions()["PublisherFunction"].policy
    assert publisher.allows("dynamodb:UpdateItem", table) and publisher.allows("dynamodb:BatchGetItem", table)
    for action in ("dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"):
        assert not publisher.allows(action, table), action


def test_comprehend_is_granted_only_when_comprehend_toxicity_is_on():
    def scoring(**parameters):
        return load_template(TEMPLATE, parameters).functions()["ScoringFunction"].policy

    assert not scoring().allows("comprehend:DetectToxicContent")
    assert scoring(ComprehendToxicity="true").allows("comprehend:DetectToxicContent")


def test_a_country_list_without_the_header_that_tells_the_country_is_refused_as_the_deploy_would_be():
    for countries in ({"BlockedCountries": "RU"}, {"AllowedCountries": "DE,AT"}):
        with pytest.raises(TemplateError, match="ClientCountryHeader must be set"):
            load_template(TEMPLATE, countries)
        load_template(TEMPLATE, countries | {"ClientCountryHeader": "CloudFront-Viewer-Country"})


def test_an_issuer_without_an_audience_is_refused_as_the_deploy_would_be():
    with pytest.raises(TemplateError, match="JwtAudience must be set"):
        load_template(TEMPLATE, {"JwtIssuer": "https://id.example"})
    load_template(TEMPLATE, {"JwtIssuer": "https://id.example", "JwtAudience": "moderation"})
