"""fetch: discover items of a source for an interval and put every payload in the raw zone."""
