"""Fakes that ship with leadqual: local servers that stand in for LLM APIs, CRMs and Slack.

They let the pipeline, the tests and the docs run with no key and no network.
"""
