"""Dagster orchestration: thin assets over `pipeline/`, writing through `warehouse/`.

`assets.definitions.defs` is what workspace.yaml loads; `assets.cli` is the `newsclaims` command.
"""
