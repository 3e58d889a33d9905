"""The DuckDB warehouse: DDL, the resource that opens connections, bulk writers, queries."""
