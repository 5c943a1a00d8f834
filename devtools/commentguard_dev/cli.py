"""`commentguard`: the command line for people and scripts.

  serve         the local stack: moto, the HTTP API and the queue consumers, from template.yaml
  score         JSON lines in, verdicts out, with the scoring Lambda's own code path, offline
  train         train the spam and toxicity models from ../shared/data (plus moderators' feedback) into new versions
  phrases       the abusive phrases' vectors stored anew, after models/abuse-phrases.txt was edited
  eval          compare our scorers with scikit-learn baselines, two spam model versions, or toxicity with feedback
  token         a moderator's bearer token for the running local stack
  dlq           list or redrive dead-lettered messages (local stack, or --aws)
  recount       each post's comment count set to what its listing shows (WP-CLI's wp comment recount)
  feedback      moderators' decisions (spam/ham, abusive or not) as JSON lines, for train --feedback
  import-wxr    a WordPress site's published comments, from its export file
  author-token  what the site signs for a signed-in reader (AuthorSigningSecret)
  proxy-token   what the proxy in front of the API sends, for ClientAddressHeader to be believed
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOXICITY_MODEL = ROOT / "shared" / "commentguard" / "models" / "toxicity.json"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
NOT_RUNNING = "the local stack is not running: start it with `commentguard serve` (or make run)"


class CommandError(Exception):
    """A failure the user can act on: main prints it as `commentguard: <message>` and returns 1."""


def _serve(args: argparse.Namespace) -> int:
    from .localstack import serve

    return serve(port=args.port, template_path=args.template, parameters=dict(args.parameter_overrides)) or 0


def _parameter(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"{text!r}: give NAME=VALUE, as in AllowedLanguages=en")
    return name, value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value}: a port is from 1 to 65535 (or 0, any free one)")
    return value


def _seconds(text: str) -> int:
    """A token's lifetime: a whole number of seconds above zero (one already expired is of no use)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} s: a token must be valid for at least 1 s")
    return value


def _author_seconds(text: str) -> int:
    """An author_token's lifetime: no longer than the stack takes of one."""
    from commentguard.signed_author import MAX_LIFETIME_SECONDS

    value = _seconds(text)
    if value > MAX_LIFETIME_SECONDS:
        raise argparse.ArgumentTypeError(f"{value} s: a token may be valid for at most {MAX_LIFETIME_SECONDS} s")
    return value


def _score(args: argparse.Namespace) -> int:
    from .scoring_cli import score_lines

    groups = tuple(args.scorer or ())
    # JSON lines are UTF-8 whatever the locale says, out as in.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.file in (None, "-"):
        # Bytes, so that one line that is not UTF-8 is reported alone, not fatal to its whole chunk.
        return score_lines(getattr(sys.stdin, "buffer", sys.stdin), sys.stdout, groups, whole_process=True)
    with open(args.file, "rb") as stream:
        return score_lines(stream, sys.stdout, groups, whole_process=True)


def _lines(path: str | None) -> list[dict] | None:
    if not path:
        return None
    lines = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                lines.append(json.loads(line))
            except ValueError as exc:
                raise ValueError(f"{path}, line {number}: not JSON ({exc})") from None
    return lines


#: What train and eval read in the data folder for each scorer (the team kit's layout, ../shared/data).
_DATA_NEEDS = {"spam": ("youtube/Youtube0*.csv", "blog_comments/*.csv"), "toxicity": ("toxic/*.jsonl",)}


def _data_dir(folder: str, scorers: list[str]) -> Path:
    """The data folder, refused with what it lacks before any training starts."""
    path = Path(folder)
    missing = [pattern for scorer in scorers for pattern in _DATA_NEEDS[scorer] if not any(path.glob(pattern))]
    if missing:
        raise CommandError(f"{path}: no training data there ({', '.join(missing)} not found); the data is the team "
                           f"kit's ../shared/data beside the checkout, or the folder --data names")
    return path


def _train(args: argparse.Namespace) -> int:
    extra = _lines(args.feedback)
    data = _data_dir(args.data, args.scorer)
    if "spam" in args.scorer:
        from .training import train

        train(data, Path(args.out), extra_examples=extra)
    if "toxicity" in args.scorer:
        from .toxicity_training import train_toxicity

        out = Path(args.toxicity_out)
        if args.encoder_out:
            encoder_out = Path(args.encoder_out)
        elif out.resolve() == TOXICITY_MODEL.resolve():
            # The project's own model: its encoder goes where the scoring function reads it, its own layer.
            from commentguard.scoring.encoder_files import ENCODER_PATH as encoder_out
        else:
            encoder_out = None  # beside the model file, for whoever ships the two
        train_toxicity(data, out, encoder_out=encoder_out, identity_swaps=args.identity_swaps,
                       extra_examples=extra)
    return 0


def _phrases(args: argparse.Namespace) -> int:
    from .phrase_vectors import export_phrases

    export_phrases(encoder=args.encoder)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .training import compare, evaluate

    if args.compare:
        compare(Path(args.compare[0]), Path(args.compare[1]), _data_dir(args.data, ["spam"]),
                holdout=_lines(args.holdout))
        return 0
    if args.feedback:
        if args.scorer != ["toxicity"]:
            raise CommandError("eval --feedback is for --scorer toxicity; for spam, train with it and use --compare")
        from .toxicity_training import evaluate_feedback

        evaluate_feedback(_data_dir(args.data, args.scorer), _lines(args.feedback), holdout=_lines(args.holdout))
        return 0
    data = _data_dir(args.data, args.scorer)
    if "spam" in args.scorer:
        evaluate(data)
    if "toxicity" in args.scorer:
        from .toxicity_training import evaluate_toxicity

        evaluate_toxicity(data, identity_swaps=args.identity_swaps, kfold_repeats=args.kfold_repeats)
    return 0


def _local_stack(address: str) -> dict:
    """What the running `commentguard serve` wrote, if it still answers at ``address`` (a key of it).

    A serve killed without its cleanup leaves its state behind, pointing at a port nobody listens on."""
    from .localstack.auth import listening, running_stack

    stack = running_stack()
    if not listening(stack.get(address)):
        raise CommandError(NOT_RUNNING)
    return stack


def _token(args: argparse.Namespace) -> int:
    from .localstack.auth import LocalIssuer

    _local_stack("api_url")
    issuer = LocalIssuer.load()
    roles = ["moderator", "admin"] if args.role == "admin" else [args.role]
    article = "an" if args.role[0] in "aeiou" else "a"
    print(f"# {article} {args.role} token for the local stack, valid {args.ttl} s; use it as: Authorization: Bearer <token>",
          file=sys.stderr)
    print(issuer.mint(roles, sub=args.sub, ttl_seconds=args.ttl))
    return 0


def _author_token(args: argparse.Namespace) -> int:
    from commentguard.signed_author import sign

    secret = _stack_secret("author-signing-key", args)
    print(f"# what the site's backend signs for reader {args.user_id}, valid {args.ttl} s: send it as author_token",
          file=sys.stderr)
    print(sign(secret, args.user_id, time.time() + args.ttl, name=args.name, email=args.email))
    return 0


def _proxy_token(args: argparse.Namespace) -> int:
    from commentguard.api.client import PROXY_HEADER, proxy_token

    print(f"# the header the proxy in front of the API adds to every request it forwards (CloudFront: a custom "
          f"origin header), for ClientAddressHeader to be believed: {PROXY_HEADER}", file=sys.stderr)
    print(proxy_token(_stack_secret("hash-key", args)))
    return 0


def _import_wxr(args: argparse.Namespace) -> int:
    from commentguard.settings import Settings

    from .wxr_import import import_wxr, report

    key = _stack_secret("hash-key", args)
    tally = import_wxr(_store(args), Path(args.file), key, Settings.from_env(), time.time(), args.post_id)
    report(tally, sys.stdout)
    return 0


def _stack_secret(name: str, args: argparse.Namespace) -> bytes:
    """One of the stack's secrets (template.yaml names them commentguard/<stage>/<name>)."""
    secret = _aws_client("secretsmanager", args).get_secret_value(SecretId=f"commentguard/{args.stage}/{name}")
    return secret["SecretString"].encode()


def _aws_client(service: str, args: argparse.Namespace):
    """The deployed stack's (--aws: the usual AWS configuration) or the running local stack's."""
    import boto3

    if args.aws:
        return boto3.client(service)
    endpoint = os.environ.get("AWS_ENDPOINT_URL") or _local_stack("endpoint_url")["endpoint_url"]
    return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def _store(args: argparse.Namespace):
    """The comments table of the deployed stack's stage (--aws) or of the running local stack."""
    from commentguard.adapters.store import CommentStore

    return CommentStore(_aws_client("dynamodb", args), f"commentguard-comments-{args.stage}")


def _feedback(args: argparse.Namespace) -> int:
    from .feedback import export_feedback

    count = export_feedback(_store(args), sys.stdout)
    print(f"# {count} labelled example(s)", file=sys.stderr)
    return 0


def _recount(args: argparse.Namespace) -> int:
    from .recount import recount

    summary = recount(_store(args), sys.stdout, args.post_id or None)
    print(f"# {summary['posts']} post(s) counted, {summary['set']} count(s) set, {summary['left']} left moving",
          file=sys.stderr)
    return 1 if summary["left"] else 0


def _dlq(args: argparse.Namespace) -> int:
    from . import dlq

    sqs = _aws_client("sqs", args)
    action = dlq.list_messages if args.action == "list" else dlq.redrive
    return action(sqs, args.queue, args.stage, sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="commentguard", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the local stack on embedded moto")
    serve.add_argument("--port", type=_port, default=3000, help="the port on 127.0.0.1 (default 3000)")
    serve.add_argument("--template", default=str(ROOT / "template.yaml"))
    serve.add_argument("--parameter-overrides", nargs="+", type=_parameter, default=[], metavar="NAME=VALUE",
                       help="the template's parameters, as sam deploy takes them: HoldAllComments=true "
                            "AllowedLanguages=en,de ReportsToHold=2 (checked as CloudFormation checks them)")
    serve.set_defaults(run=_serve)

    score = sub.add_parser("score", help="score JSON lines (stdin or FILE) with the pipeline's scorers")
    score.add_argument("file", nargs="?", help="JSON lines with the POST /comments fields; stdin if absent or -")
    score.add_argument("--scorer", action="append", choices=["spam", "toxicity"],
                       help="run only this scorer group (repeatable): spam (rules + model), toxicity")
    score.set_defaults(run=_score)

    train = sub.add_parser("train", help="train new spam and toxicity model versions")
    train.add_argument("--data", default=str(DEFAULT_DATA))
    train.add_argument("--out", default=str(ROOT / "shared" / "commentguard" / "models" / "spam.json"))
    train.add_argument("--feedback", help="JSON lines of moderator decisions (commentguard feedback): "
                       "{\"text\", \"label\": spam|ham|null, \"abusive\": true|false|null}")
    train.add_argument("--scorer", nargs="+", choices=["spam", "toxicity"], default=["spam", "toxicity"])
    train.add_argument("--toxicity-out", default=str(TOXICITY_MODEL))
    train.add_argument("--encoder-out", help="where the fine-tuned encoder goes: by default the scoring function's "
                       "encoder layer (commentguard_encoders/) for the project's own model, else beside --toxicity-out")
    train.add_argument("--identity-swaps", type=int, default=0, metavar="N",
                       help="toxicity: train also on N copies of each comment that names a group, the group swapped for "
                            "another (fairer to the groups, lower AUC on the Fox News data: see toxicity_training.py)")
    train.set_defaults(run=_train)

    phrases = sub.add_parser("phrases", help="store the vectors of models/abuse-phrases.txt, after editing it")
    phrases.add_argument("--encoder", action="store_true",
                         help="first write commentguard_encoders/phrase-encoder.bin from the published weights (the encoder extra)")
    phrases.set_defaults(run=_phrases)

    token = sub.add_parser("token", help="print a bearer token the running local stack accepts")
    token.add_argument("--role", choices=["moderator", "admin"], default="moderator")
    token.add_argument("--sub", default="local-moderator", help="the token's subject: who decided, in the history")
    token.add_argument("--ttl", type=_seconds, default=3600, help="how long it is valid, in seconds (default 3600)")
    token.set_defaults(run=_token)

    wxr = sub.add_parser("import-wxr", help="bring a WordPress site's published comments over from its export file")
    wxr.add_argument("file", help="the WXR file of WordPress's Tools > Export (or wp export)")
    wxr.add_argument("--post-id", choices=["id", "slug"], default="id",
                     help="what the site sends as post_id: WordPress's post ID (default) or the post's slug")
    wxr.add_argument("--stage", default="prod")
    wxr.add_argument("--aws", action="store_true", help="the deployed stack instead of the local stack")
    wxr.set_defaults(run=_import_wxr)

    author = sub.add_parser("author-token", help="print an author_token for a signed-in reader, as the site signs it")
    author.add_argument("--user-id", required=True, help="the reader's user id on the site (the token's sub)")
    author.add_argument("--name", help="the name the comment shows")
    author.add_argument("--email", help="the reader's email, if the site has it")
    author.add_argument("--ttl", type=_author_seconds, default=600, help="how long it is valid, in seconds (default 600)")
    author.add_argument("--stage", default="prod")
    author.add_argument("--aws", action="store_true", help="the deployed stack's key instead of the local stack's")
    author.set_defaults(run=_author_token)

    proxy = sub.add_parser("proxy-token", help="print what the proxy in front of the API sends in "
                                               "X-Commentguard-Proxy, for ClientAddressHeader")
    proxy.add_argument("--stage", default="prod")
    proxy.add_argument("--aws", action="store_true", help="the deployed stack's instead of the local stack's")
    proxy.set_defaults(run=_proxy_token)

    dlq = sub.add_parser("dlq", help="inspect or redrive dead-lettered messages")
    dlq.add_argument("action", choices=["list", "redrive"])
    dlq.add_argument("--queue", choices=["scoring", "publish"], default="scoring")
    dlq.add_argument("--stage", default="prod")
    dlq.add_argument("--aws", action="store_true", help="the deployed stack's queues instead of the local stack's")
    dlq.set_defaults(run=_dlq)

    feedback = sub.add_parser("feedback", help="export moderators' decisions as labelled JSON lines (for train)")
    feedback.add_argument("--stage", default="prod")
    feedback.add_argument("--aws", action="store_true", help="the deployed stack's table instead of the local stack's")
    feedback.set_defaults(run=_feedback)

    recount = sub.add_parser("recount", help="set each post's comment count to what its listing shows "
                             "(after an upgrade from a release without counts)")
    recount.add_argument("--post-id", action="append", metavar="ID", help="only this post (repeat for more)")
    recount.add_argument("--stage", default="prod")
    recount.add_argument("--aws", action="store_true", help="the deployed stack's table instead of the local stack's")
    recount.set_defaults(run=_recount)

    ev = sub.add_parser("eval", help="evaluate the scorer against baselines, or compare two model files")
    ev.add_argument("--data", default=str(DEFAULT_DATA))
    ev.add_argument("--compare", nargs=2, metavar=("MODEL_A", "MODEL_B"), help="two spam model files")
    ev.add_argument("--holdout", help="with --compare or --feedback: JSON lines of moderator feedback kept out of training")
    ev.add_argument("--feedback", help="with --scorer toxicity: JSON lines of moderator decisions; the toxicity model "
                    "fitted with and without them, scored on Fox News and on held-out decisions (--holdout, or the "
                    "most recent fifth)")
    ev.add_argument("--scorer", nargs="+", choices=["spam", "toxicity"], default=["spam", "toxicity"])
    ev.add_argument("--identity-swaps", type=int, default=0, metavar="N", help="as for train")
    ev.add_argument("--kfold-repeats", type=int, default=1, metavar="N",
                    help="toxicity: repeats of 5-fold over all comments, each with its own folds (0: none)")
    ev.set_defaults(run=_eval)
    return parser


def _failure(exc: Exception) -> str | None:
    """What to tell the user about ``exc``, or None for a bug, which keeps its traceback."""
    # botocore is not imported unless a command used AWS (score starts faster without it), and an
    # error cannot be botocore's unless it was.
    botocore = sys.modules.get("botocore.exceptions")
    if botocore is not None and isinstance(exc, botocore.NoRegionError):
        return "no AWS region configured: set AWS_REGION (or AWS_DEFAULT_REGION), or run `aws configure`"
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    if isinstance(exc, (CommandError, OSError, ValueError)) or (
            botocore is not None and isinstance(exc, (botocore.BotoCoreError, botocore.ClientError))):
        return str(exc)
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # a usage error exits 2 here, as argparse does
    try:
        return int(args.run(args) or 0)
    except BrokenPipeError:
        # The reader left (`commentguard score big.jsonl | head`): nothing to say, and no complaint
        # from the interpreter when it flushes stdout on the way out.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except Exception as exc:
        message = _failure(exc)
        if message is None:
            raise
        print(f"commentguard: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
