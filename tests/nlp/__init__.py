"""Tests of pipeline/nlp/."""
