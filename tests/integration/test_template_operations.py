"""What template.yaml promises operators and browsers, read from the template itself: alarms that notify
and link a runbook section that exists, a dashboard that shows this stack's functions, CORS for every
method the API routes, and one name per path variable."""

from __future__ import annotations

import json
import re
from pathlib import Path

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


def test_cors_allows_every_method_the_api_routes(template):
    allowed = set(template.http_apis()["HttpApi"]["CorsConfiguration"]["AllowMethods"])
    routed = {route.method for spec in template.functions().values() for route in spec.http_routes}
    assert routed <= allowed, routed - allowed


def test_every_route_a_reader_may_post_to_is_throttled_by_api_gateway_and_names_a_route_that_exists(template):
    settings = template.http_apis()["HttpApi"]["RouteSettings"]
    routed = {f"{route.method} {route.path}" for spec in template.functions().values() for route in spec.http_routes
              if not route.authorizer}
    posted = {key for key in routed if key.split()[0] in ("POST", "PUT", "PATCH", "DELETE")}
    assert posted == set(settings) == {"POST /comments", "POST /comments/{id}/reports"}
    assert all(s["ThrottlingRateLimit"] and s["ThrottlingBurstLimit"] for s in settings.values())


def test_a_path_segment_has_one_variable_name_across_routes(template):
    names: dict[str, str] = {}
    for spec in template.functions().values():
        for route in spec.http_routes:
            segments = route.path.strip("/").split("/")
            for depth, segment in enumerate(segments):
                if segment.startswith("{"):
                    prefix = "/".join(segments[:depth])
                    assert names.setdefault(prefix, segment) == segment, (route.path, names[prefix])
