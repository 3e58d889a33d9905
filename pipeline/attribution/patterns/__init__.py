"""Attribution patterns, one module per cue family; each pattern is one function from the
document context to candidate frames (`registry` lists them in priority order)."""
