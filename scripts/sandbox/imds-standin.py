"""A stand-in for the instance metadata service, for `studio-sandbox --imds listener`.

Runs inside the sandbox's own network namespace only: it binds port 80 on the addresses given
(169.254.169.254, and fd00:ec2::254 where IPv6 is on), which exist there on `lo` and nowhere
else. It answers every request with a short plain-text 200 and closes the connection.
"""

import socket
import sys
import threading

BODY = b"studio-sandbox stand-in for the instance metadata service\n"
RESPONSE = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s" % (
    len(BODY),
    BODY,
)


def serve(address: str) -> None:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((address, 80))
        server.listen(16)
        while True:
            conn, _ = server.accept()
            with conn:
                conn.settimeout(1)
                try:
                    conn.recv(4096)
                    conn.sendall(RESPONSE)
                except OSError:
                    pass


def main() -> None:
    threads = [threading.Thread(target=serve, args=(a,), daemon=True) for a in sys.argv[1:]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
