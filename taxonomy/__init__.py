"""The shipped skills taxonomy, installed as the data package gapcheck.taxonomy_data."""
