"""'Aktarımlar': keys, trusted centres and bundles between centres."""
