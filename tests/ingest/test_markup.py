"""Front matter and Markdown in text files (pipeline/ingest/markup.py), on texts written for the tests."""

from pipeline.ingest.markup import FrontMatter, looks_like_markdown, split_front_matter, strip_markdown

YAML = """---
layout: post
title: "Lawyers detained in Gomel region"
date: 2021-03-04T10:00:00+02:00
author: Jane Reporter
url: https://example.org/news/lawyers-detained
tags:
  - news
---

The lawyers were detained on Monday.
"""

TOML = """+++
author = 'Ivan Writer'
date = 2019-11-20T07:40:20Z
title = 'Court hears the case'
+++

Text of the article.
"""


def test_yaml_front_matter_is_metadata_and_leaves_the_text():
    meta, body = split_front_matter(YAML)
    assert meta == FrontMatter(
        title="Lawyers detained in Gomel region",
        published="2021-03-04",
        author="Jane Reporter",
        source_url="https://example.org/news/lawyers-detained",
    )
    assert body.strip() == "The lawyers were detained on Monday."


def test_toml_front_matter_is_read_too():
    meta, body = split_front_matter(TOML)
    assert (meta.title, meta.published, meta.author) == ("Court hears the case", "2019-11-20", "Ivan Writer")
    assert "+++" not in body and "author" not in body


def test_a_text_opening_with_a_rule_is_not_front_matter():
    text = "---\nNot a block at all, just a rule above the text.\n"
    assert split_front_matter(text) == (None, text)


def test_a_relative_permalink_is_not_a_source_url():
    meta, _ = split_front_matter("---\ntitle: A\npermalink: /news/a\n---\nText\n")
    assert meta.source_url == ""


def test_markdown_is_recognised_from_the_content():
    assert looks_like_markdown("See [the report](https://example.org/r.pdf) for details.")
    assert looks_like_markdown("## Background\n\nText with **strong** words.")
    assert not looks_like_markdown("The Committee met in Geneva (Switzerland) on 3 May [2021].")


def test_markdown_markup_is_stripped_and_link_text_kept():
    text = (
        "## The hearing\n\n![](/img/photo.png)\nThe **Supreme Court** heard [the petition](https://example.org/p)"
        ' of *Ms. Vera Novak*<sup>2</sup>.\n{{< figure src="x.png" >}}\n'
    )
    assert strip_markdown(text) == "The hearing\n\n\nThe Supreme Court heard the petition of Ms. Vera Novak.\n\n"


def test_underscores_inside_words_are_not_emphasis():
    assert strip_markdown("file_name_here and _the case_") == "file_name_here and the case"


WORDPRESS_EXPORT = """---
ID: 169
post_title: >
  Rights groups urge the release
  of detained journalists
author: Staff Writer
post_date: 2016-01-15 23:48:21
layout: post
permalink: >
  https://example.org/rights-groups-urge-release/
published: true
---
"""


def test_wordpress_export_keys_and_folded_values_are_read():
    """The WordPress to Jekyll exporter writes post_title / post_date, long values folded (`>`)."""
    meta, _ = split_front_matter(WORDPRESS_EXPORT + "<p>Text.</p>\n")
    assert meta == FrontMatter(
        title="Rights groups urge the release of detained journalists",
        published="2016-01-15",
        author="Staff Writer",
        source_url="https://example.org/rights-groups-urge-release/",
    )


def test_a_timestamp_with_dashes_in_its_time_gives_its_day():
    meta, _ = split_front_matter("---\ntitle: A\ndate: 2020-09-16-15-01-51\n---\nText\n")
    assert meta.published == "2020-09-16"
    meta, _ = split_front_matter("---\ntitle: A\ndate: 2020-09-16-slug\n---\nText\n")
    assert meta.published == ""


def test_wordpress_shortcodes_go_and_link_texts_with_underscores_stay():
    text = (
        '[caption id="attachment_955" align="aligncenter" caption="Protest"][/caption]Text [ad_1] and '
        "[sic] stay.\n![OB_Logos](/img/OB_Logos.jpg)\n"
    )
    assert strip_markdown(text) == "Text  and [sic] stay.\n\n"


def test_jekyll_liquid_tags_go_even_over_several_lines():
    tag = '{% include social-tweet-embed.html\n\ntweet="1157523107080335362"\n\n%}'
    text = f"Two reporters were killed.\n\n{tag}\n\nCPJ said.\n"
    assert strip_markdown(text) == "Two reporters were killed.\n\n\n\nCPJ said.\n"


def test_html_comments_between_lists_go():
    assert strip_markdown("- First item\n\n<!-- -->\n\n- Second item\n") == "- First item\n\n\n\n- Second item\n"


def test_quoted_yaml_values_run_on_and_decode_their_escapes():
    """Pandoc-style exports quote long titles over two lines and escape non-breaking spaces."""
    text = (
        '---\ntitle: "Statement from President Joe\\_Biden on Iranian Activist Narges Mohammadi Winning\\\n'
        '  \\ the Nobel Peace\\_Prize"\ndate: 2023-10-06\nsummary: "Belarus\\u2019s forced diversion\n'
        "  of a flight\"\nauthor: 'O''Brien'\n---\nText\n"
    )
    meta, body = split_front_matter(text)
    assert (
        meta.title
        == "Statement from President Joe Biden on Iranian Activist Narges Mohammadi Winning the Nobel Peace Prize"
    )
    assert (meta.published, meta.author, body) == ("2023-10-06", "O'Brien", "Text\n")


def test_a_blockquote_marker_is_markup_and_the_quoted_line_stays():
    text = strip_markdown("## Hanging on\n\n> The leader hopes for support\n\n> Aug 22nd 2020\n\nText: 3 > 2.\n")
    assert text == "Hanging on\n\nThe leader hopes for support\n\nAug 22nd 2020\n\nText: 3 > 2.\n"
