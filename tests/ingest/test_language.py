"""Telling a text's language, and the English part of a text printed with its translation."""

from __future__ import annotations

from pipeline.ingest import language
from pipeline.ingest.language import blank_other_languages, detect_language, english_share

SPANISH = (
    "Los ministros de Relaciones Exteriores expresan su profunda preocupación por las recientes acciones"
    " del gobierno contra los líderes de la oposición, las cuales atentan contra el libre ejercicio"
    " democrático. Instamos a su inmediata liberación y a la restitución de sus derechos políticos."
)
ENGLISH = (
    "The Ministers of Foreign Affairs express their deep concern over the recent actions of the government"
    " against the leaders of the opposition, which undermine the free exercise of democracy. We urge their"
    " immediate release and the restitution of their political rights."
)


def test_a_text_printed_with_its_translation_is_half_english():
    text = f"{SPANISH}\n\n{ENGLISH}\n"
    assert detect_language(SPANISH) == "es"
    assert 0.4 < english_share(text) < 0.6
    assert english_share(SPANISH) == 0.0


def test_the_other_language_is_blanked_at_the_same_offsets():
    text = f"Statement\n\n{SPANISH}\n\nEl pueblo merece unas elecciones justas, libres y transparentes.\n\n{ENGLISH}\n"
    blanked = blank_other_languages(text)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert "ministros" not in blanked and "elecciones" not in blanked
    assert blanked.index(ENGLISH) == text.index(ENGLISH) and blanked.startswith("Statement\n")


def test_plain_english_is_told_without_loading_the_classifier():
    language._identifier.cache_clear()
    assert detect_language(ENGLISH * 3) == "en"
    assert language._identifier.cache_info().currsize == 0


def test_a_text_printed_with_its_translation_still_goes_to_the_classifier():
    language._identifier.cache_clear()
    text = f"{SPANISH * 2}\n\n{ENGLISH * 2}\n"
    found = detect_language(text)
    assert language._identifier.cache_info().currsize == 1  # the classifier was asked
    assert found == language._identifier().classify(text)[0]
