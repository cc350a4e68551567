"""Benchmark harness: corpus generator, query sets, reference servers and the load driver."""
