"""The local stack against a tiny fixture template (tests/integration/fixtures/localstack/).

One stack serves the whole module; it receives queue messages with a 1 s visibility timeout and
runs the one-minute schedule every 0.6 s, so retries and redrives happen in seconds.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from commentguard_dev.localstack import LambdaContext, LocalStack, load_handler, load_template

FIXTURE = Path(__file__).parent / "fixtures" / "localstack" / "template.yaml"


@pytest.fixture(scope="module")
def stack():
    with LocalStack(FIXTURE, visibility_timeout=1, schedule_scale=0.01) as s:
        yield s


def request(stack, method, path, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(stack.base_url + path, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("content-type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def item(stack, item_id):
    table = stack.client("dynamodb")
    got = table.get_item(TableName=stack.resources["Table"]["Ref"], Key={"id": {"S": item_id}}, ConsistentRead=True)
    return got.get("Item")


def send(stack, queue, bodies):
    sqs = stack.client("sqs")
    for body in bodies:
        sqs.send_message(QueueUrl=stack.resources[queue]["Ref"], MessageBody=json.dumps(body))


def dlq_bodies(stack, queue):
    sqs = stack.client("sqs")
    messages = sqs.receive_message(QueueUrl=stack.resources[queue]["Ref"], MaxNumberOfMessages=10,
                                   VisibilityTimeout=0).get("Messages", [])
    return [json.loads(m["Body"]) for m in messages]


# ----------------------------------------------------------------------------- resources


def test_queues_are_created_with_the_attributes_and_redrive_policy_the_template_declares(stack):
    sqs = stack.client("sqs")
    work = sqs.get_queue_attributes(QueueUrl=stack.resources["WorkQueue"]["Ref"], AttributeNames=["All"])["Attributes"]
    assert work["VisibilityTimeout"] == "60"  # the queue keeps its declared value; the pollers receive faster
    redrive = json.loads(work["RedrivePolicy"])
    assert redrive["deadLetterTargetArn"] == stack.resources["WorkDeadLetterQueue"]["Arn"]
    assert int(redrive["maxReceiveCount"]) == 2
    dlq = sqs.get_queue_attributes(QueueUrl=stack.resources["WorkDeadLetterQueue"]["Ref"],
                                   AttributeNames=["MessageRetentionPeriod"])["Attributes"]
    assert dlq["MessageRetentionPeriod"] == "1209600"
    fifo = sqs.get_queue_attributes(QueueUrl=stack.resources["OrderQueue"]["Ref"], AttributeNames=["All"])["Attributes"]
    assert fifo["FifoQueue"] == "true" and fifo["ContentBasedDeduplication"] == "true"
    assert stack.resources["OrderQueue"]["QueueName"] == "fixture-order-test.fifo"


def test_the_table_is_created_with_its_key_indexes_and_time_to_live(stack):
    ddb = stack.client("dynamodb")
    name = stack.resources["Table"]["Ref"]
    assert name == "fixture-items-test"
    table = ddb.describe_table(TableName=name)["Table"]
    assert table["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert [g["IndexName"] for g in table["GlobalSecondaryIndexes"]] == ["ByStatus"]
    assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    ttl = ddb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
    assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "expires_at"}


def test_the_bus_and_a_generated_secret_exist_and_other_types_are_skipped(stack):
    buses = [b["Name"] for b in stack.client("events").list_event_buses()["EventBuses"]]
    assert "fixture-bus-test" in buses
    secret = stack.client("secretsmanager").get_secret_value(SecretId=stack.resources["Secret"]["Ref"])
    assert len(secret["SecretString"]) == 48 and secret["SecretString"].isalnum()
    assert "WorkDlqAlarm" not in stack.resources and "ApiFunction" not in stack.resources


def test_function_environments_resolve_refs_to_the_created_resources(stack):
    _, _, body = request(stack, "GET", "/items/abc")
    env = json.loads(body)["env"]
    assert env["TABLE_NAME"] == "fixture-items-test"
    assert env["WORK_QUEUE_URL"] == stack.resources["WorkQueue"]["Ref"]
    assert env["SECRET_ARN"] == stack.resources["Secret"]["Arn"]
    assert env["STAGE_LABEL"] == "stage-test"  # !If on a condition, !Sub on a parameter
    assert env["API_ONLY"] == "yes"  # a function's own variables merge over Globals
    assert env["AWS_ENDPOINT_URL"] == stack.endpoint_url


# ----------------------------------------------------------------------------- HTTP API


def test_a_request_becomes_a_payload_2_event_with_the_forwarded_client_address(stack):
    status, _, body = request(
        stack, "POST", "/items?tag=a&tag=b&page=2", {"id": f"http-{uuid.uuid4()}"},
        headers={"X-Forwarded-For": "203.0.113.7, 10.0.0.1", "Cookie": "a=1; b=2", "User-Agent": "reader/1.0"},
    )
    assert status == 202
    event = json.loads(body)["event"]
    assert event["version"] == "2.0" and event["routeKey"] == "POST /items"
    assert event["rawPath"] == "/items" and event["rawQueryString"] == "tag=a&tag=b&page=2"
    assert event["queryStringParameters"] == {"tag": "a,b", "page": "2"}
    assert event["cookies"] == ["a=1", "b=2"] and "cookie" not in event["headers"]
    assert event["headers"]["content-type"] == "application/json"
    assert all(name == name.lower() for name in event["headers"])
    ctx = event["requestContext"]
    assert ctx["http"] == {"method": "POST", "path": "/items", "protocol": "HTTP/1.1",
                           "sourceIp": "203.0.113.7", "userAgent": "reader/1.0"}
    assert ctx["stage"] == "$default" and ctx["routeKey"] == "POST /items"
    assert abs(ctx["timeEpoch"] / 1000 - time.time()) < 60
    assert event["isBase64Encoded"] is False and json.loads(event["body"])["id"].startswith("http-")


def test_without_x_forwarded_for_the_source_ip_is_the_socket_peer(stack):
    _, _, body = request(stack, "GET", "/items/1")
    assert json.loads(body)["event"]["requestContext"]["http"]["sourceIp"] == "127.0.0.1"


def test_path_parameters_come_from_the_route_template(stack):
    _, _, body = request(stack, "GET", "/posts/hello%20world/items")
    event = json.loads(body)["event"]
    assert event["routeKey"] == "GET /posts/{post_id}/items"
    assert event["pathParameters"] == {"post_id": "hello world"}
    assert "queryStringParameters" not in event and "body" not in event


def test_the_handler_response_is_written_back_with_status_headers_and_cookies(stack):
    status, headers, body = request(stack, "GET", "/items/7")
    assert status == 200
    assert headers["x-fixture"] == "api" and headers["Set-Cookie"] == "seen=1; Path=/"
    context = json.loads(body)["context"]
    assert context["function_name"].endswith("ApiFunction") and context["memory_limit_in_mb"] == 256
    assert 0 < context["remaining"] <= 10_000


def test_an_unknown_path_is_404_and_a_wrong_method_is_405(stack):
    status, _, body = request(stack, "GET", "/nowhere")
    assert status == 404 and json.loads(body) == {"message": "Not Found"}
    status, _, body = request(stack, "DELETE", "/items/1")
    assert status == 405 and "message" in json.loads(body)
    for method in ("TRACE", "QUERY"):  # http.server would answer 501 by itself
        status, _, body = request(stack, method, "/items/1")
        assert status == 405 and "message" in json.loads(body)


def test_a_handler_exception_is_a_500_and_the_server_keeps_serving(stack):
    status, _, body = request(stack, "GET", "/boom")
    assert status == 500 and json.loads(body) == {"message": "Internal Server Error"}
    assert request(stack, "GET", "/items/still-up")[0] == 200


def test_a_cors_preflight_is_answered_from_the_cors_configuration(stack):
    status, headers, _ = request(stack, "OPTIONS", "/items", headers={
        "Origin": "https://news.example", "Access-Control-Request-Method": "POST"})
    assert status == 204
    assert headers["access-control-allow-origin"] == "https://news.example"
    assert headers["access-control-allow-methods"] == "GET,POST,OPTIONS"
    assert headers["access-control-allow-headers"] == "content-type"
    assert headers["access-control-max-age"] == "600"
    _, headers, _ = request(stack, "GET", "/items/1", headers={"Origin": "https://news.example"})
    assert headers["access-control-allow-origin"] == "https://news.example"
    _, headers, _ = request(stack, "GET", "/items/1", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in headers


# ----------------------------------------------------------------------------- queues


def test_a_posted_item_is_processed_from_its_queue(stack):
    # How fast (the 2 s asked) is bench/e2e_latency.py's figure; this deadline only bounds a hang.
    item_id = f"fast-{uuid.uuid4()}"
    deadline = time.monotonic() + 30
    status, _, _ = request(stack, "POST", "/items", {"id": item_id})
    assert status == 202
    while item(stack, item_id) is None and time.monotonic() < deadline:
        time.sleep(0.02)
    seen = item(stack, item_id)
    assert seen is not None, "not processed within 30 s"
    assert seen["event_source"] == {"S": "aws:sqs"}
    assert seen["correlation_id"]["S"].endswith("=")  # message attributes arrive in Lambda's shape


def test_the_poller_deletes_successes_and_retries_only_reported_failures(stack):
    run = uuid.uuid4().hex[:8]
    ids = [f"ok1-{run}", f"ok2-{run}", f"once-{run}"]
    stack.client("sqs").send_message_batch(
        QueueUrl=stack.resources["WorkQueue"]["Ref"],
        Entries=[{"Id": str(i), "MessageBody": json.dumps({"id": x, "fail": "once" if x.startswith("once") else None})}
                 for i, x in enumerate(ids)],
    )
    assert stack.wait_idle(timeout=60)
    assert item(stack, ids[0])["attempts"] == {"N": "1"}
    assert item(stack, ids[1])["attempts"] == {"N": "1"}
    retried = item(stack, ids[2])
    assert retried["attempts"] == {"N": "2"} and retried["receive_count"] == {"S": "2"}
    assert all(b["id"] not in ids for b in dlq_bodies(stack, "WorkDeadLetterQueue"))


def test_a_message_that_always_fails_reaches_the_dlq_after_max_receive_count(stack):
    poison = f"poison-{uuid.uuid4().hex[:8]}"
    send(stack, "WorkQueue", [{"id": poison, "fail": "always"}])
    assert stack.wait_idle(timeout=60)
    assert item(stack, poison)["attempts"] == {"N": "2"}  # maxReceiveCount: 2
    assert {"id": poison, "fail": "always"} in dlq_bodies(stack, "WorkDeadLetterQueue")


def test_a_handler_that_raises_gets_its_whole_batch_back(stack):
    flaky = f"raise-{uuid.uuid4().hex[:8]}"
    send(stack, "WorkQueue", [{"id": flaky, "fail": "raise-once"}])
    assert stack.wait_idle(timeout=60)
    assert item(stack, flaky)["attempts"] == {"N": "2"}
    assert all(b["id"] != flaky for b in dlq_bodies(stack, "WorkDeadLetterQueue"))


def test_a_fifo_queue_keeps_each_message_group_in_order_across_retries(stack):
    run = uuid.uuid4().hex[:8]
    groups = [f"a{run}", f"b{run}"]
    sqs = stack.client("sqs")
    for seq in range(5):
        for group in groups:
            body = {"group": group, "seq": seq, "fail": "once" if (group == groups[0] and seq == 2) else None}
            sqs.send_message(QueueUrl=stack.resources["OrderQueue"]["Ref"], MessageBody=json.dumps(body),
                             MessageGroupId=group)
    assert stack.wait_idle(timeout=60)
    for group in groups:
        seqs = [int(v["N"]) for v in item(stack, f"group-{group}")["seqs"]["L"]]
        assert seqs == [0, 1, 2, 3, 4], group
    assert item(stack, f"fail-{groups[0]}-2")["attempts"] == {"N": "2"}


# ----------------------------------------------------------------------------- schedules and direct calls


def test_a_schedule_runs_its_function_with_a_scheduled_event(stack):
    deadline = time.monotonic() + 30
    while (item(stack, "ticks") is None) and time.monotonic() < deadline:
        time.sleep(0.1)
    ticks = item(stack, "ticks")
    assert ticks is not None and ticks["source"] == {"S": "aws.events"}


def test_invoke_calls_a_function_directly_as_sam_local_invoke_does(stack):
    result = stack.invoke("ApiFunction", {
        "rawPath": "/items/x", "routeKey": "GET /items/{id}",
        "requestContext": {"http": {"method": "GET"}, "requestId": "r1"},
    })
    assert result["statusCode"] == 200
    assert json.loads(result["body"])["context"]["aws_request_id"]


def test_load_handler_imports_each_app_module_under_its_own_name(stack):
    template = load_template(FIXTURE)
    specs = template.functions()
    handlers = {lid: load_handler(spec) for lid, spec in specs.items()}
    modules = {h.__module__ for h in handlers.values()}
    assert len(modules) == len(specs) and all("app" in m for m in modules)
    assert specs["WorkerFunction"].sqs_sources[0].batch_size == 5
    assert specs["WorkerFunction"].sqs_sources[0].report_batch_item_failures is True
    assert specs["TickFunction"].schedules[0].rate_seconds == 60
    assert specs["ApiFunction"].layers == [FIXTURE.parent / "layer"]
    context = LambdaContext.for_function(specs["WorkerFunction"])
    assert context.invoked_function_arn.endswith(":function:" + context.function_name)
    assert context.aws_request_id != LambdaContext.for_function(specs["WorkerFunction"]).aws_request_id


# ----------------------------------------------------------------------------- event shapes


def test_events_parse_with_powertools_models_for_http_sqs_and_schedules(stack):
    from aws_lambda_powertools.utilities.parser.models import (
        APIGatewayProxyEventV2Model,
        EventBridgeModel,
        SqsModel,
    )

    from commentguard_dev.localstack.pollers import scheduled_event, sqs_event

    _, _, body = request(stack, "POST", "/items?x=1", {"id": f"shape-{uuid.uuid4()}"},
                         headers={"Cookie": "c=1"})
    http_event = APIGatewayProxyEventV2Model.model_validate(json.loads(body)["event"])
    assert str(http_event.requestContext.http.sourceIp.network_address) == "127.0.0.1"

    sqs = stack.client("sqs")
    url = stack.resources["OrderDeadLetterQueue"]["Ref"]  # nothing polls a DLQ
    sqs.send_message(QueueUrl=url, MessageBody="{}", MessageGroupId="g", MessageDeduplicationId="d",
                     MessageAttributes={"correlation_id": {"DataType": "String", "StringValue": "c-1"},
                                        "blob": {"DataType": "Binary", "BinaryValue": b"\x00\x01"}})
    messages = sqs.receive_message(QueueUrl=url, MessageSystemAttributeNames=["All"],
                                   MessageAttributeNames=["All"], VisibilityTimeout=0)["Messages"]
    event = sqs_event(messages, stack.resources["OrderDeadLetterQueue"]["Arn"])
    record = SqsModel.model_validate(event).Records[0]
    assert record.attributes.MessageGroupId == "g" and record.attributes.ApproximateReceiveCount == "1"
    assert record.messageAttributes["correlation_id"].stringValue == "c-1"
    assert record.messageAttributes["blob"].binaryValue == "AAE="
    assert record.eventSource == "aws:sqs"

    EventBridgeModel.model_validate(scheduled_event("arn:aws:events:us-east-1:123456789012:rule/r"))


def test_returned_fifo_messages_come_back_in_order_when_their_visibility_times_out(stack):
    """moto alone would hand back the last of them first (see localstack/moto_patches.py)."""
    sqs = stack.client("sqs")
    url = sqs.create_queue(QueueName=f"order-{uuid.uuid4().hex[:8]}.fifo",
                           Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"})["QueueUrl"]
    for seq in range(3):
        sqs.send_message(QueueUrl=url, MessageBody=str(seq), MessageGroupId="g")
    first = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=1)["Messages"]
    assert [m["Body"] for m in first] == ["0", "1", "2"]
    # None deleted: all three come back together, even to a long poll that began while they were in flight.
    again = []
    for _ in range(3):
        again += sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=5,
                                     WaitTimeSeconds=1).get("Messages", [])
        if again:
            break
    assert [m["Body"] for m in again] == ["0", "1", "2"]
    sqs.delete_queue(QueueUrl=url)


def test_moto_takes_dynamodb_requests_one_at_a_time_and_others_alongside():
    """moto's DynamoDB backend is not thread-safe (see localstack/moto_patches.py): while one DynamoDB request is
    being answered, a second waits for it, and an SQS request does not."""
    from types import SimpleNamespace

    from commentguard_dev.localstack import moto_patches

    release, inside = threading.Event(), []

    def app(environ, start_response):
        inside.append(environ["name"])
        if environ["name"] == "first":
            release.wait(10)
        return [b""]

    server = SimpleNamespace(_server=SimpleNamespace(app=app))
    assert moto_patches.serialise_dynamodb(server)

    def call(name, target):
        server._server.app({"name": name, "HTTP_X_AMZ_TARGET": target}, None)

    threads = [threading.Thread(target=call, args=("first", "DynamoDB_20120810.TransactWriteItems"))]
    threads[0].start()
    while not inside:
        time.sleep(0.01)
    threads += [threading.Thread(target=call, args=("second", "DynamoDB_20120810.PutItem")),
                threading.Thread(target=call, args=("sqs", "AmazonSQS.ReceiveMessage"))]
    for thread in threads[1:]:
        thread.start()
    threads[2].join(10)
    time.sleep(0.2)  # time enough for the second to get in, were it let
    assert inside == ["first", "sqs"]
    release.set()
    for thread in threads:
        thread.join(10)
    assert inside == ["first", "sqs", "second"]


def test_transactions_and_puts_on_one_table_at_once_all_succeed(stack):
    """moto alone answered some of these TransactWriteItems 500 (its table copy raced the puts); the stack's
    clients would retry them past a function's timeout."""
    from botocore.config import Config

    client = stack.client("dynamodb", config=Config(retries={"max_attempts": 1}))
    table = f"race-{uuid.uuid4().hex[:8]}"
    client.create_table(TableName=table, KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                        BillingMode="PAY_PER_REQUEST")
    for start in range(0, 1500, 25):  # a table the size a day of comments gives: its copy takes a while
        client.batch_write_item(RequestItems={table: [{"PutRequest": {"Item": {"pk": {"S": f"seed-{i}"}, "v": {"S": "x" * 50}}}}
                                                      for i in range(start, start + 25)]})
    errors, until = [], time.monotonic() + 3

    def write(kind):
        n = 0
        while time.monotonic() < until:
            key = {"pk": {"S": f"{kind}-{threading.get_ident()}-{n}"}}
            try:
                if kind == "tx":
                    client.transact_write_items(TransactItems=[{"Put": {"TableName": table, "Item": key}}])
                else:
                    client.put_item(TableName=table, Item=key)
            except Exception as exc:  # every failure is the finding
                errors.append(repr(exc)[:200])
            n += 1

    threads = [threading.Thread(target=write, args=(kind,)) for kind in ("tx", "put", "put")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    client.delete_table(TableName=table)
    assert errors == []


@pytest.fixture
def pairs_table(stack):
    """A table of the stack's moto keyed by hash and range, holding an item to update, one to delete and one to
    check."""
    client = stack.client("dynamodb")
    table = f"tx-{uuid.uuid4().hex[:8]}"
    client.create_table(TableName=table, KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"},
                                                    {"AttributeName": "sk", "KeyType": "RANGE"}],
                        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                                              {"AttributeName": "sk", "AttributeType": "S"}],
                        BillingMode="PAY_PER_REQUEST")
    client.put_item(TableName=table, Item={"pk": {"S": "a"}, "sk": {"S": "1"}, "n": {"N": "5"},
                                           "tags": {"L": [{"S": "x"}, {"M": {"seen": {"BOOL": True}}}]}})
    client.put_item(TableName=table, Item={"pk": {"S": "b"}, "sk": {"S": "1"}, "n": {"N": "7"}})
    client.put_item(TableName=table, Item={"pk": {"S": "e"}, "sk": {"S": "1"}})
    yield client, table
    client.delete_table(TableName=table)


def _contents(client, table):
    return sorted(client.scan(TableName=table)["Items"], key=lambda item: (item["pk"]["S"], item["sk"]["S"]))


def _writes(table, last):
    key = {"pk": {"S": "a"}, "sk": {"S": "1"}}
    return [{"Put": {"TableName": table, "Item": {"pk": {"S": "c"}, "sk": {"S": "1"}}}},
            {"Update": {"TableName": table, "Key": key, "UpdateExpression": "SET n = n + :one, tags[1].seen = :no",
                        "ExpressionAttributeValues": {":one": {"N": "1"}, ":no": {"BOOL": False}}}},
            {"Delete": {"TableName": table, "Key": {"pk": {"S": "b"}, "sk": {"S": "1"}}}}, last]


def test_a_transaction_whose_last_condition_fails_leaves_every_item_as_it_was(pairs_table):
    """moto writes a transaction's items one by one; the stack's undo (localstack/moto_patches.py) puts back
    what those before the failing one wrote, as DynamoDB never wrote them."""
    client, table = pairs_table
    before = _contents(client, table)
    missing = {"ConditionCheck": {"TableName": table, "Key": {"pk": {"S": "d"}, "sk": {"S": "1"}},
                                  "ConditionExpression": "attribute_exists(pk)"}}
    with pytest.raises(client.exceptions.TransactionCanceledException):
        client.transact_write_items(TransactItems=_writes(table, missing))
    assert _contents(client, table) == before
    twice = {"ConditionCheck": {"TableName": table, "Key": {"pk": {"S": "c"}, "sk": {"S": "1"}},
                                "ConditionExpression": "attribute_not_exists(pk)"}}  # the item the Put wrote
    with pytest.raises(client.exceptions.ClientError, match="ValidationException"):
        client.transact_write_items(TransactItems=_writes(table, twice))
    assert _contents(client, table) == before


def test_a_transaction_that_holds_writes_every_item(pairs_table):
    client, table = pairs_table
    exists = {"ConditionCheck": {"TableName": table, "Key": {"pk": {"S": "e"}, "sk": {"S": "1"}},
                                 "ConditionExpression": "attribute_exists(pk)"}}
    client.transact_write_items(TransactItems=_writes(table, exists))
    contents = _contents(client, table)
    assert [(item["pk"]["S"], item.get("n")) for item in contents] == [("a", {"N": "6"}), ("c", None), ("e", None)]
    assert contents[0]["tags"]["L"][1] == {"M": {"seen": {"BOOL": False}}}


def test_a_burst_of_readers_connecting_at_once_is_answered_every_one(stack):
    """socketserver waits with 5 connections unaccepted, and reset the sixth and later of a burst."""
    barrier, answers = threading.Barrier(64), []

    def read():
        barrier.wait(10)
        try:
            answers.append(request(stack, "GET", "/nothing-here")[0])
        except OSError as exc:
            answers.append(repr(exc))

    threads = [threading.Thread(target=read) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert answers == [404] * 64
