"""Asset checks: SQL integrity checks (blocking) and Great Expectations suites."""
