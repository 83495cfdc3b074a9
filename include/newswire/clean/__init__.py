"""clean: raw payloads (article HTML, ninjs JSON) → structured stories."""
