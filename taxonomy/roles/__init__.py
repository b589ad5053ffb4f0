"""Shipped role profiles."""
