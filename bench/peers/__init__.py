"""Reference servers the service is measured against: a hello-world ceiling and an SQLite FTS5 peer."""
