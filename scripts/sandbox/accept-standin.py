"""Accepts TCP connections and closes them: `studio-sandbox --credentials listener`.

Runs inside the sandbox's own network namespace only, on an address that exists there on `lo`
(169.254.170.2, the container credentials endpoint). It reads nothing and answers nothing: a
TCP probe learns that the endpoint is reachable, and no credentials path is ever served.
"""

import socket
import sys


def main() -> None:
    address, port = sys.argv[1], int(sys.argv[2])
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((address, port))
        server.listen(16)
        while True:
            conn, _ = server.accept()
            conn.close()


if __name__ == "__main__":
    main()
