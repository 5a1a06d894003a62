"""Server configuration shared by the HTTP-level tests."""

from jupyter_server.auth.authorizer import Authorizer


def server_config(**isolation_info) -> dict:
    """A server that loads this extension, requires authentication, and has these traits."""
    return {
        "ServerApp": {
            "jpserver_extensions": {"jupyterlab_isolation_info": True},
            "allow_unauthenticated_access": False,
        },
        "IsolationInfo": isolation_info,
    }


class DenyIsolationInfo(Authorizer):
    """Allows everything except this extension's resource."""

    def is_authorized(self, handler, user, action, resource):
        return resource != "isolation-info"


def denied_server_config() -> dict:
    """``server_config()`` whose authorizer denies every action on the ``isolation-info``
    resource."""
    config = server_config()
    config["ServerApp"]["authorizer_class"] = DenyIsolationInfo
    return config
