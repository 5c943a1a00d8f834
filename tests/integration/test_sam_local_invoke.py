"""Does what `sam local invoke -e events/<file>` does, without Docker: read template.yaml, import each
function's Handler from its CodeUri with the layer's folder on the path, invoke it with each sample
event against moto as its role (a call outside its template Policies fails as in AWS), and check the
answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commentguard_dev.localstack.loader import LocalFunction

EVENTS = Path(__file__).resolve().parents[2] / "events"


def _function_for(template, event_file: Path):
    prefix = event_file.name.split("-", 1)[0]
    for spec in template.functions().values():
        if spec.code_uri.name == prefix:
            return spec
    raise AssertionError(f"no function in template.yaml has CodeUri functions/{prefix}/ for {event_file.name}")


def invoke(template, name: str):
    event_file = EVENTS / name
    return LocalFunction(_function_for(template, event_file)).invoke(json.loads(event_file.read_text()))


def body(answer) -> dict:
    return json.loads(answer["body"])


def test_every_event_file_belongs_to_a_function_with_the_template_layer_on_its_path(template):
    files = sorted(EVENTS.glob("*.json"))
    assert files, "events/ holds no sample events"
    for event_file in files:
        spec = _function_for(template, event_file)
        assert spec.layers, f"{spec.logical_id} lists no layer"
        assert (spec.code_uri / "app.py").exists()


def test_every_function_carries_the_domain_layer_and_only_the_scoring_function_the_encoder_layer(template):
    root = EVENTS.parent
    for spec in template.functions().values():
        assert spec.layers[0] == root / "shared"
        wants_encoder = spec.code_uri.name == "scoring"
        assert (root / "layers" / "encoder" in spec.layers) == wants_encoder, spec.logical_id
    encoder_requirements = (root / "layers" / "encoder" / "requirements.txt").read_text()
    assert "numpy" in encoder_requirements and "onnxruntime" in encoder_requirements
    domain = [line for line in (root / "shared" / "requirements.txt").read_text().splitlines() if not line.startswith("#")]
    assert not any(line.startswith(("numpy", "onnxruntime")) for line in domain)


def test_every_function_in_the_template_has_at_least_one_sample_event(template):
    prefixes = {f.name.split("-", 1)[0] for f in EVENTS.glob("*.json")}
    for spec in template.functions().values():
        assert spec.code_uri.name in prefixes, f"no events/{spec.code_uri.name}-*.json for {spec.logical_id}"


def test_a_valid_comment_is_accepted_as_pending(aws):
    answer = invoke(aws, "intake-valid-comment.json")
    assert answer["statusCode"] == 202
    assert body(answer)["status"] == "pending"
    assert set(body(answer)) == {"id", "status"}


def test_an_invalid_comment_is_refused_naming_each_field_and_problem(aws):
    answer = invoke(aws, "intake-invalid-comment.json")
    assert answer["statusCode"] == 422
    fields = {e["field"]: e["problem"] for e in body(answer)["errors"]}
    assert set(fields) == {"author_name", "content", "author_url"}
    assert "http" in fields["author_url"]


def test_a_body_that_is_not_json_is_refused_with_a_4xx_not_a_5xx(aws):
    answer = invoke(aws, "intake-malformed-json.json")
    assert 400 <= answer["statusCode"] < 500
    assert body(answer)["message"]


def test_a_form_post_to_a_site_that_names_no_domains_is_refused_with_415_asking_for_json_or_site_domains(aws):
    answer = invoke(aws, "intake-form-body.json")
    assert answer["statusCode"] == 415
    assert body(answer)["errors"] == [{"field": "body", "code": "not_json",
                                       "problem": "the body must be JSON, sent as Content-Type: application/json; "
                                                  "this site takes a plain form only once it names its domains "
                                                  "(the SiteDomains parameter)"}]


def test_a_wordpress_themes_form_on_a_site_that_names_its_domains_is_sent_back_to_the_article(aws, monkeypatch):
    monkeypatch.setenv("SITE_DOMAINS", "news.example")  # as --env-vars gives the function its parameter
    answer = invoke(aws, "intake-wordpress-form.json")
    assert answer["statusCode"] == 303
    assert answer["headers"]["Location"].startswith("https://news.example/2026/11/27/budget-vote?unapproved=")


def test_a_body_in_latin_1_is_refused_with_400_not_utf8(aws):
    answer = invoke(aws, "intake-body-not-utf8.json")
    assert answer["statusCode"] == 400
    assert body(answer)["message"] == "the body is not UTF-8 text"


def test_the_comments_of_a_post_without_any_are_an_empty_page(aws):
    answer = invoke(aws, "reader-post-comments.json")
    assert answer["statusCode"] == 200
    assert body(answer) == {"comments": [], "next_cursor": None}


def test_posts_without_comments_count_none(aws):
    answer = invoke(aws, "reader-comment-counts.json")
    assert answer["statusCode"] == 200
    assert body(answer) == {"counts": {"2026-11-27-budget-vote": 0, "2026-11-27-court-case": 0}}


def test_an_unknown_comment_id_is_not_found(aws):
    answer = invoke(aws, "reader-comment-status-unknown.json")
    assert answer["statusCode"] == 404


def test_a_form_token_is_issued_for_the_post(aws):
    answer = invoke(aws, "reader-form-token.json")
    assert answer["statusCode"] == 200
    assert body(answer)["token"].count(".") == 1


def test_a_report_of_a_comment_that_is_not_published_is_not_found(aws):
    answer = invoke(aws, "intake-report-unknown-comment.json")
    assert answer["statusCode"] == 404 and body(answer)["message"] == "no such published comment"


def test_a_scoring_batch_reports_only_the_unreadable_record_as_failed(aws):
    answer = invoke(aws, "scoring-batch.json")
    records = json.loads((EVENTS / "scoring-batch.json").read_text())["Records"]
    assert answer == {"batchItemFailures": [{"itemIdentifier": records[1]["messageId"]}]}


def test_a_publish_batch_for_a_comment_that_no_longer_exists_succeeds_without_effect(aws):
    assert invoke(aws, "publisher-batch.json") == {"batchItemFailures": []}


def test_the_scheduled_sweep_finds_nothing_to_resend_in_an_empty_table(aws):
    assert invoke(aws, "resender-schedule.json") == {"to_scoring": 0, "to_publish": 0, "given_up": 0}


@pytest.mark.parametrize("name", sorted(p.name for p in EVENTS.glob("intake-*.json")))
def test_no_intake_sample_event_produces_a_server_error(aws, name):
    assert invoke(aws, name)["statusCode"] < 500


def test_the_moderation_queue_starts_empty_for_a_moderator(aws):
    answer = invoke(aws, "moderation-list-held.json")
    assert answer["statusCode"] == 200
    assert body(answer) == {"comments": [], "next_cursor": None}


def test_a_moderator_reads_their_decision_history_empty_before_any_decision(aws):
    answer = invoke(aws, "moderation-decisions.json")
    assert answer["statusCode"] == 200
    assert body(answer) == {"by": "moderator-1", "comments": [], "next_cursor": None}


def test_a_moderation_request_that_did_not_pass_the_authorizer_is_unauthorized(aws):
    answer = invoke(aws, "moderation-list-without-token-claims.json")
    assert answer["statusCode"] == 401 and body(answer) == {"code": "unauthorized",
                                                                "message": "a valid bearer token is required"}


def test_a_decision_on_an_unknown_comment_is_not_found(aws):
    assert invoke(aws, "moderation-approve-unknown-comment.json")["statusCode"] == 404


def test_an_edit_of_an_unknown_comment_is_not_found(aws):
    answer = invoke(aws, "moderation-edit-unknown-comment.json")
    assert answer["statusCode"] == 404 and body(answer)["errors"][0]["field"] == "id"


def test_deleting_an_unknown_comment_is_not_found(aws):
    answer = invoke(aws, "moderation-delete-unknown-comment.json")
    assert answer["statusCode"] == 404 and body(answer)["errors"][0]["field"] == "id"


def test_ending_the_probation_of_an_unknown_comments_author_is_not_found(aws):
    answer = invoke(aws, "moderation-end-probation-unknown-comment.json")
    assert answer["statusCode"] == 404 and body(answer)["errors"][0]["field"] == "id"


def test_banning_the_author_of_an_unknown_comment_is_not_found(aws):
    answer = invoke(aws, "moderation-ban-unknown-comments-author.json")
    assert answer["statusCode"] == 404 and body(answer)["errors"][0]["field"] == "id"


def test_a_staff_reply_to_an_unknown_comment_is_not_found(aws):
    answer = invoke(aws, "moderation-reply-unknown-comment.json")
    assert answer["statusCode"] == 404 and body(answer)["errors"][0]["field"] == "id"


def test_a_recheck_of_an_empty_moderation_queue_queues_nothing(aws):
    answer = invoke(aws, "moderation-recheck-held.json")
    assert answer["statusCode"] == 202 and body(answer) == {"queued": 0, "not_queued": [], "next_cursor": None}


def test_a_moderator_closes_a_posts_comments(aws):
    answer = invoke(aws, "moderation-close-post.json")
    assert answer["statusCode"] == 200
    assert body(answer) | {"closed_at": None} == {
        "post_id": "2026-11-27-court-case", "comment_status": "closed", "closed_at": None, "closed_by": "moderator-1",
        "premoderated": False, "comment_count": 0}


def test_a_moderator_premoderates_a_post(aws):
    answer = invoke(aws, "moderation-premoderate-post.json")
    assert answer["statusCode"] == 200
    assert body(answer) | {"premoderated_at": None} == {
        "post_id": "2026-11-27-inquest", "comment_status": "open", "premoderated": True, "premoderated_at": None,
        "premoderated_by": "moderator-1", "comment_count": 0}


def test_an_admin_adds_a_disallowed_key(aws):
    answer = invoke(aws, "moderation-set-word-lists.json")
    assert answer["statusCode"] == 200
    assert body(answer) | {"updated_at": None} == {
        "moderation_keys": [], "disallowed_keys": ["bet4win"], "toxic_terms": [], "version": 1, "updated_at": None,
        "updated_by": "admin-1", "deployed": {"moderation_keys": [], "disallowed_keys": [], "toxic_terms": []}}


def test_erasing_personal_data_needs_the_admin_role_and_says_so_in_the_body_every_error_has(aws):
    answer = invoke(aws, "moderation-erase-as-moderator.json")
    assert answer["statusCode"] == 403
    assert body(answer) == {"code": "forbidden", "message": "this needs the admin role"}


def test_every_operation_in_the_openapi_document_says_what_success_looks_like(aws):
    paths = body(invoke(aws, "moderation-openapi.json"))["paths"]
    silent = [(m.upper(), p) for p, ops in paths.items() for m, op in ops.items()
              if not any(200 <= int(code) < 300 for code in op["responses"])]
    assert not silent


def test_no_operation_in_the_openapi_document_promises_an_error_body_the_api_never_sends(aws):
    # The resolver's own 422 schema ("detail", "loc", "msg") where a route names no errors of its own.
    paths = body(invoke(aws, "moderation-openapi.json"))["paths"]
    assert [(m.upper(), p) for p, ops in paths.items() for m, op in ops.items()
            if "HTTPValidationError" in json.dumps(op["responses"])] == []


def test_every_refusal_in_the_openapi_document_has_the_body_schema_the_api_sends_and_no_other_schema_is_left(aws):
    document = body(invoke(aws, "moderation-openapi.json"))
    refusals = [(m.upper(), p, code, op["responses"][code]) for p, ops in document["paths"].items()
                for m, op in ops.items() for code in op["responses"] if 400 <= int(code) < 500]
    # All but the JWT authorizer's 401, which API Gateway writes before any function runs.
    assert refusals and [(method, path, code) for method, path, code, answer in refusals
                         if answer.get("content", {}).get("application/json", {}).get("schema")
                         != {"$ref": "#/components/schemas/" + ("GatewayRefusal" if code == "401" else "ErrorBody")}
                         ] == []
    schema = document["components"]["schemas"]["ErrorBody"]
    assert schema["required"] == ["code", "message"] and "FieldProblem" in json.dumps(schema["properties"]["errors"])
    assert document["components"]["schemas"]["FieldProblem"]["required"] == ["field", "code", "problem"]
    assert not {"HTTPValidationError", "ValidationError"} & set(document["components"]["schemas"])


def test_the_openapi_document_lists_every_route_of_the_template(aws):
    answer = invoke(aws, "moderation-openapi.json")
    assert answer["statusCode"] == 200
    documented = {(m.upper(), p) for p, ops in body(answer)["paths"].items() for m in ops}
    routes = {
        (r.method, r.path.replace("{id}", "{comment_id}"))
        for spec in aws.functions().values()
        for r in spec.http_routes
        if r.path not in ("/openapi.json", "/moderation/swagger")
    }
    assert routes <= documented, routes - documented
