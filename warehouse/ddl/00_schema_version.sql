-- One row: the layout version of this database file. See warehouse/schema.py for migrations.
create table if not exists schema_version (
    version    integer not null,   -- layout version written by newsclaims
    applied_at timestamptz not null  -- when this file was created with that layout
);
