"""The offline rules extractor (English and Hebrew)."""

from leadqual.extractors.rules.extractor import RulesExtractor

__all__ = ["RulesExtractor"]
