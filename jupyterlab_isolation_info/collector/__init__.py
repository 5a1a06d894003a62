"""The isolation report's collector: standard library only, so it runs in any Python kernel."""
