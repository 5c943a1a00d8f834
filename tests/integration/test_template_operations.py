"""What template.yaml promises operators and browsers, read from the template itself: alarms that notify
and link a runbook section that exists, a dashboard that shows this stack's functions, CORS for every
method the API routes, and one name per path variable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from commentguard_dev.localstack.template import load_template

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"


def _runbook_anchors() -> set[str]:
    text = (ROOT / "RUNBOOK.md").read_text()
    headings = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in re.findall(r"^#+ (.+)$", text, re.M)}
    return headings | set(re.findall(r'<a id="([^"]+)"></a>', text))


def test_every_alarm_notifies_the_alarm_topic_and_links_a_runbook_section_that_exists(template):
    anchors = _runbook_anchors()
    alarms = template.of_type("AWS::CloudWatch::Alarm")
    assert alarms
    for lid in alarms:
        props = template.resources[lid]["Properties"]
        assert {"Ref": "AlarmTopic"} in props["AlarmActions"], lid
        description = props["AlarmDescription"]
        description = description.get("Fn::Sub", description) if isinstance(description, dict) else description
        link = re.search(r"RUNBOOK\.md#([a-z0-9-]+)", description)
        assert link and link.group(1) in anchors, (lid, description)


def test_the_stuck_comments_alarm_fires_on_a_count_that_lasts(template):
    """The metric is the one the resender emits (tests/flow/test_observability.py checks its name and dimensions)."""
    props = template.resources["CommentsStuckAlarm"]["Properties"]
    env = template.globals["Function"]["Environment"]["Variables"]
    assert props["Namespace"] == env["POWERTOOLS_METRICS_NAMESPACE"]
    assert props["Dimensions"] == [{"Name": "service", "Value": env["POWERTOOLS_SERVICE_NAME"]}]
    assert (props["MetricName"], props["Statistic"], props["Threshold"]) == ("CommentsStuck", "Maximum", 1)
    assert props["Period"] * props["EvaluationPeriods"] > 60  # more than one sweep's count


def test_each_stage_has_metrics_of_its_own_that_its_alarms_and_dashboard_read():
    # Two stacks in one account (staging and prod) must not trip each other's alarms.
    for stage in ("staging", "prod"):
        template = load_template(TEMPLATE, {"Stage": stage})
        namespace = template.resolve(template.globals["Function"]["Environment"]["Variables"]["POWERTOOLS_METRICS_NAMESPACE"])
        assert namespace == f"Commentguard/{stage}"
        custom = [template.resolve(r["Properties"]["Namespace"]) for r in template.resources.values()
                  if r["Type"] == "AWS::CloudWatch::Alarm" and "Namespace" in r["Properties"]
                  and "Commentguard" in json.dumps(r["Properties"]["Namespace"])]
        assert custom and set(custom) == {namespace}
        body = template.resolve(template.resources["Dashboard"]["Properties"]["DashboardBody"])
        assert '"Commentguard",' not in body and "{Commentguard," not in body
        assert body.count(f'"{namespace}"') + body.count("{" + namespace + ",") >= 10


def test_the_dashboard_shows_each_function_of_this_stack_by_name(template):
    body = json.loads(template.resolve(template.resources["Dashboard"]["Properties"]["DashboardBody"]))
    [widget] = [w for w in body["widgets"] if w["properties"].get("title") == "Lambda errors and cold starts"]
    lines = widget["properties"]["metrics"]
    errors, cold = lines[:6], lines[6:]
    names = [spec.function_name for spec in template.functions().values()]
    namespace = template.resolve(template.globals["Function"]["Environment"]["Variables"]["POWERTOOLS_METRICS_NAMESPACE"])
    assert errors[0][:3] == ["AWS/Lambda", "Errors", "FunctionName"] and cold[0][:5] == [
        namespace, "ColdStart", "service", "commentguard", "function_name"]
    assert [line[-2] for line in errors] == names == [line[-2] for line in cold]
    # A SEARCH by a word would also show other stacks' (other stages') functions.
    assert "commentguard'" not in json.dumps(body) and "FunctionName}" not in json.dumps(body)


def test_a_queue_backlog_is_worked_through_at_a_capped_concurrency_that_leaves_intake_room_and_throttles_nothing(
        template):
    capped = {}
    for logical, resource in template.resources.items():
        if resource["Type"] != "AWS::Serverless::Function":
            continue
        assert "ReservedConcurrentExecutions" not in resource["Properties"], logical  # would throttle towards the DLQ
        for event in resource["Properties"].get("Events", {}).values():
            if event["Type"] == "SQS":
                capped[logical] = event["Properties"]["ScalingConfig"]["MaximumConcurrency"]
    assert capped == {"ScoringFunction": {"Ref": "QueueConcurrency"}, "PublisherFunction": {"Ref": "QueueConcurrency"}}
    assert 2 <= int(template.resolve({"Ref": "QueueConcurrency"})) <= 1000  # what Lambda's SQS mapping accepts


def test_cors_allows_every_method_the_api_routes(template):
    allowed = set(template.http_apis()["HttpApi"]["CorsConfiguration"]["AllowMethods"])
    routed = {route.method for spec in template.functions().values() for route in spec.http_routes}
    assert routed <= allowed, routed - allowed


def test_a_script_on_the_sites_pages_may_read_the_retry_after_a_429_names(template):
    from commentguard_dev.localstack.http import cors_headers

    config = template.resolve(template.http_apis()["HttpApi"]["CorsConfiguration"])
    config["AllowOrigins"] = ["https://news.example"]
    assert cors_headers(config, "https://news.example", preflight=False)["access-control-expose-headers"] == "retry-after"


def test_every_route_a_reader_may_call_is_throttled_by_api_gateway_writes_apart_from_reads(template):
    settings = template.http_apis()["HttpApi"]["RouteSettings"]
    routed = {f"{route.method} {route.path}" for spec in template.functions().values() for route in spec.http_routes
              if not route.authorizer}
    assert routed == set(settings)
    posted = {key for key in routed if key.split()[0] in ("POST", "PUT", "PATCH", "DELETE")}
    assert posted == {"POST /comments", "POST /comments/{id}/reports"}
    documents = {"GET /openapi.json", "GET /moderation/swagger"}
    for key, limits in settings.items():
        if key in documents:  # a page for people, rarely read: a few a second
            assert limits == {"ThrottlingRateLimit": 5, "ThrottlingBurstLimit": 10}, key
            continue
        expected = "50" if key in posted else "1000"  # CommentsPerSecond, ReadsPerSecond
        assert limits == {"ThrottlingRateLimit": expected, "ThrottlingBurstLimit": expected}, key


def test_a_path_segment_has_one_variable_name_across_routes(template):
    names: dict[str, str] = {}
    for spec in template.functions().values():
        for route in spec.http_routes:
            segments = route.path.strip("/").split("/")
            for depth, segment in enumerate(segments):
                if segment.startswith("{"):
                    prefix = "/".join(segments[:depth])
                    assert names.setdefault(prefix, segment) == segment, (route.path, names[prefix])


def test_a_moderation_app_url_gives_the_stacks_pool_a_hosted_sign_in_page_returning_there_and_none_without():
    plain = load_template(TEMPLATE, {})
    assert not plain.resource_enabled("ModeratorUserPoolDomain")
    assert "CallbackURLs" not in plain.resolve(plain.resources["ModeratorUserPoolClient"]["Properties"])

    app = "https://news.example/moderate"
    hosted = load_template(TEMPLATE, {"ModerationAppUrl": app})
    assert hosted.resource_enabled("ModeratorUserPoolDomain")
    client = hosted.resolve(hosted.resources["ModeratorUserPoolClient"]["Properties"])
    assert client["AllowedOAuthFlows"] == ["code"] and not client["GenerateSecret"]  # a public client: PKCE
    assert client["CallbackURLs"] == client["LogoutURLs"] == [app]
    assert "ALLOW_USER_SRP_AUTH" in client["ExplicitAuthFlows"]  # SRP apps sign in as before

    own_issuer = load_template(TEMPLATE, {"ModerationAppUrl": app, "JwtIssuer": "https://id.example",
                                          "JwtAudience": "commentguard"})
    assert not own_issuer.resource_enabled("ModeratorUserPoolDomain")  # no pool of ours to host a page for


def _held_event(reasons: list[dict]) -> dict:
    """A "Comment Held" event as the bus passes it to the rule, its detail from the real adapter."""
    from commentguard.adapters.events import CommentEvents
    from commentguard.models import Comment
    from commentguard.states import Status

    sent = []

    class Bus:
        def put_events(self, Entries):
            sent.extend(Entries)
            return {"FailedEntryCount": 0, "Entries": [{"EventId": "1"}]}

    comment = Comment(id="c-1", post_id="budget-2027", author_name='Ann "A"', content="I know where you live.",
                      content_html="<p>I know where you live.</p>", created_at="2026-12-05T09:59:58Z",
                      created_ts=0.0, status=Status.HELD, post_url="https://news.example/budget", reasons=reasons)
    CommentEvents(Bus(), "bus").comment_held(comment, "2026-12-05T10:00:00Z", "corr")
    return {"detail": json.loads(sent[0]["Detail"])}


def _mail(template, event: dict) -> list[str]:
    """What EventBridge's input transformer makes of the event for the moderators' topic: the template's
    lines, each a JSON string, with each <name> replaced by its path's value escaped inside the quotes."""
    [target] = template.resources["HeldCommentRule"]["Properties"]["Targets"]
    transformer = template.resolve(target["InputTransformer"])

    def at(path: str):
        value = event
        for part in re.findall(r"\w+|\[\d+\]", path.removeprefix("$.")):
            value = value[int(part[1:-1])] if part.startswith("[") else value[part]
        return value

    text = transformer["InputTemplate"]
    for name, path in transformer["InputPathsMap"].items():
        text = text.replace(f"<{name}>", json.dumps(at(path))[1:-1])
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_moderators_mail_names_the_first_reason_and_links_the_moderation_app_when_there_is_one():
    event = _held_event([{"code": "threat", "message": "threatens the reader"},
                         {"code": "manual_approval", "message": "this site approves every comment by hand"}])
    plain = _mail(load_template(TEMPLATE, {}), event)
    assert plain[0] == ('A comment by Ann "A" on budget-2027 https://news.example/budget is held for moderation: '
                        "threatens the reader.")
    assert plain[1] == "I know where you live."
    assert plain[2].startswith("Decide: https://") and "/moderation/comments/c-1 " in plain[2]
    app = _mail(load_template(TEMPLATE, {"ModerationAppUrl": "https://news.example/moderate"}), event)
    assert app[:2] == plain[:2] and app[2] == "Decide: https://news.example/moderate?comment=c-1"


@pytest.mark.parametrize(("language", "held", "decide"), [
    ("de", 'Ein Kommentar von Ann "A" zu budget-2027 https://news.example/budget wartet auf Moderation: '
           "threatens the reader.", "Entscheiden: "),
    ("fr", 'Un commentaire de Ann "A" sur budget-2027 https://news.example/budget attend une modération\u00a0: '
           "threatens the reader.", "Décider\u00a0: "),
])
def test_the_moderators_mail_is_framed_in_the_sites_language_and_its_reason_stays_the_rules_sentence(
        language, held, decide):
    event = _held_event([{"code": "threat", "message": "threatens the reader"}])
    mail = _mail(load_template(TEMPLATE, {"SiteLanguage": language}), event)
    assert mail[0] == held and mail[1] == "I know where you live."
    assert mail[2].startswith(decide + "https://") and "/moderation/comments/c-1 (GET " in mail[2]
    app = _mail(load_template(TEMPLATE, {"SiteLanguage": language, "ModerationAppUrl": "https://news.example/m"}),
                event)
    assert app[2] == decide + "https://news.example/m?comment=c-1"


def test_every_language_a_site_may_choose_has_the_moderators_mail_and_its_words_stay_inside_json_quotes(template):
    offered = template.raw["Parameters"]["SiteLanguage"]["AllowedValues"]
    mails = template.raw["Mappings"]["HeldMail"]
    assert set(mails) == set(offered)
    for language, words in mails.items():
        assert set(words) == set(mails["en"]), language
        assert not any(c in text for text in words.values() for c in '"\\'), language
        assert all(f"<{name}>" in words["Held"] for name in ("author", "post", "url", "reason")), language
