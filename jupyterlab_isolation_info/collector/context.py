"""Where am I: partition, region, account, domain, space or profile, app, role (pure parsing).

Studio's app metadata carries ARNs (``ResourceArn``, ``ExecutionRoleArn``); a few injected
variables that are not secret add to them. Everything here takes plain values; the values may
come from a hostile or broken file, so every function accepts anything and never raises.
"""

from __future__ import annotations

from .escape import visible
from .judge_context import meaning

# Longer than any real ARN (IAM allows 2048 characters); longer strings are not parsed.
MAX_ARN_LENGTH = 2048
# Values from the environment or metadata are shown cut to this length.
MAX_VALUE_LENGTH = 256

# Variables whose values are not secret and may appear in the report.
ALLOWED_ENVIRONMENT = (
    "SAGEMAKER_SPACE_NAME",
    "SAGEMAKER_APP_TYPE",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "HOME",
)

CLASSIC_APP_TYPES = ("JupyterServer", "KernelGateway")
NEW_STUDIO_APP_TYPES = ("JupyterLab", "CodeEditor")


def clean(value, limit: int = MAX_VALUE_LENGTH) -> str | None:
    """A string shown as text: cut to ``limit`` characters, then every character that is not
    printable written as an escape (the one policy, escape.visible); None for anything else."""
    if not isinstance(value, str) or not value:
        return None
    text = value if len(value) <= limit else value[: limit - 1] + "\N{HORIZONTAL ELLIPSIS}"
    return visible(text)


# An ARN, from the AWS reference: arn:partition:service:region:account-id:resource, where the
# resource may itself hold colons and slashes. A Studio app:
#   arn:aws:sagemaker:us-west-2:111122223333:app/d-xxxxxxxxxxxx/<space>/JupyterLab/default
# An execution role: arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-…
def parse_arn(value) -> dict | None:
    """The parts of an ARN, or None when the value is not a string that looks like one."""
    if not isinstance(value, str) or len(value) > MAX_ARN_LENGTH:
        return None
    parts = value.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn" or not parts[1] or not parts[2] or not parts[5]:
        return None
    account = parts[4]
    if account and not account.isdigit():
        return None
    return {
        "partition": parts[1],
        "service": parts[2],
        "region": parts[3] or None,
        "account": account or None,
        "resource": parts[5],
    }


def parse_app_arn(value) -> dict | None:
    """``app/<domain>/<space-or-profile>/<app type>/<app name>`` of a SageMaker app ARN."""
    arn = parse_arn(value)
    if arn is None or arn["service"] != "sagemaker":
        return None
    pieces = arn["resource"].split("/")
    if len(pieces) != 5 or pieces[0] != "app" or not all(pieces[1:]):
        return None
    return {
        **arn,
        "domain": pieces[1],
        "owner": pieces[2],
        "app_type": pieces[3],
        "app_name": pieces[4],
    }


def parse_role_arn(value) -> str | None:
    """The role's name (the last path element) of an IAM role ARN."""
    arn = parse_arn(value)
    if arn is None or arn["service"] != "iam" or not arn["resource"].startswith("role/"):
        return None
    return arn["resource"].rsplit("/", 1)[-1] or None


def _studio_kind(app_type: str | None) -> str | None:
    if app_type is None:
        return None
    # The ARN spells app types in lower case (jupyterlab); the metadata capitalizes them.
    folded = app_type.lower()
    if folded in (t.lower() for t in CLASSIC_APP_TYPES):
        return "classic"
    if folded in (t.lower() for t in NEW_STUDIO_APP_TYPES):
        return "new"
    return "other"


def context_section(
    fields: dict | None, environment: dict, passwd_home: str | None, metadata_error: str | None
) -> dict:
    """The context section from the metadata fields and the allow-listed variables.

    ``environment`` holds only allow-listed names (Reader.environment_allowlisted).
    """
    fields = fields if isinstance(fields, dict) else {}
    app = parse_app_arn(fields.get("ResourceArn"))
    problems = []
    if fields.get("ResourceArn") is not None and app is None:
        problems.append("The metadata's ResourceArn is not an app ARN this report can read.")
    role = parse_role_arn(fields.get("ExecutionRoleArn"))
    if fields.get("ExecutionRoleArn") is not None and role is None:
        problems.append("The metadata's ExecutionRoleArn is not an IAM role ARN.")
    app = app or {}

    app_type = clean(fields.get("AppType")) or clean(environment.get("SAGEMAKER_APP_TYPE"))
    app_type = app_type or clean(app.get("app_type"))
    space = clean(fields.get("SpaceName")) or clean(environment.get("SAGEMAKER_SPACE_NAME"))
    profile = clean(fields.get("UserProfileName"))
    owner = clean(app.get("owner"))
    if owner and not space and not profile:
        # Classic apps belong to a user profile, new Studio apps to a space.
        if _studio_kind(app_type) == "classic":
            profile = owner
        else:
            space = owner
    region = clean(app.get("region")) or clean(environment.get("AWS_REGION"))
    region = region or clean(environment.get("AWS_DEFAULT_REGION"))
    home_env = clean(environment.get("HOME"), 4096)
    home_moved = None
    if home_env is not None and passwd_home:
        home_moved = home_env.rstrip("/") != passwd_home.rstrip("/")
    kind = _studio_kind(app_type)
    in_studio = bool(fields) or kind is not None
    return {
        "in_studio": in_studio,
        "studio": kind,
        "partition": clean(app.get("partition")),
        "region": region,
        "account": clean(app.get("account")),
        "domain": clean(fields.get("DomainId")) or clean(app.get("domain")),
        "space": space,
        "user_profile": profile,
        "app_type": app_type,
        "app_name": clean(fields.get("ResourceName")) or clean(app.get("app_name")),
        "execution_role": clean(role),
        "home_env": home_env,
        "home_moved": home_moved,
        "meaning": meaning(kind),
        "error": " ".join(problems) or (metadata_error if not fields else None),
    }


def empty_section() -> dict:
    """The section's shape when it could not be collected: every fact unknown."""
    return {
        "in_studio": False,
        "studio": None,
        "partition": None,
        "region": None,
        "account": None,
        "domain": None,
        "space": None,
        "user_profile": None,
        "app_type": None,
        "app_name": None,
        "execution_role": None,
        "home_env": None,
        "home_moved": None,
        "meaning": None,
        "error": None,
    }
