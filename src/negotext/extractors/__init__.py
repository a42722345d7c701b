"""The built-in extractors, each an ordinary plugin over the shared analysis."""
