"""Server configuration shared by the HTTP-level tests."""


def server_config(**isolation_info) -> dict:
    """A server that loads this extension, requires authentication, and has these traits."""
    return {
        "ServerApp": {
            "jpserver_extensions": {"jupyterlab_isolation_info": True},
            "allow_unauthenticated_access": False,
        },
        "IsolationInfo": isolation_info,
    }
