"""leadqual: lead qualification with evidence, offline by default."""
