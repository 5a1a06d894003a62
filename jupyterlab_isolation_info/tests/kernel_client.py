"""The request the panel sends a kernel (Inspect Kernel, Explain in kernel), run as it runs it:
silently, the answer in a user expression, nothing printed."""


def run_silently(client, request: dict) -> dict:
    outputs = []
    reply = client.execute_interactive(
        request["code"],
        silent=True,
        store_history=False,
        user_expressions={"report": request["expression"]},
        output_hook=outputs.append,
        timeout=60,
    )
    assert [o for o in outputs if o["msg_type"] in ("stream", "display_data", "error")] == []
    return reply["content"]
