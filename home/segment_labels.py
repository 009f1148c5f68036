"""Segments of the translation editor say what they are.

wagtail-localize labels a StreamField segment with its block and the label of the block's
first-level child only: every question, answer and answer's feedback of a knowledge check
read "Questions". Wrapped once at app ready, a segment's label follows its field path down to
the block it comes from ("Question › Answer › Feedback"), the labels in the admin language.
"""

import functools

from django.utils.text import capfirst
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.views import edit_translation

from .wrapping import wrap_once

SEPARATOR = " › "


def block_labels(block, path):
    """Labels of the blocks along `path` (a field path's components below `block`)."""
    labels = []
    for name in path:
        if isinstance(block, blocks.ListBlock):  # the component is "item"
            child = block.child_block
            label = child.label or block.label
        elif isinstance(block, blocks.StructBlock | blocks.StreamBlock):
            child = block.child_blocks.get(name)
            if child is None:
                break
            label = "" if isinstance(child, blocks.ListBlock) else child.label
        else:
            break
        if label and (not labels or labels[-1] != capfirst(label)):
            labels.append(capfirst(label))
        block = child
    return labels


def segment_label(source_instance, field_path):
    components = field_path.split(".")
    field = source_instance._meta.get_field(components[0])
    if not isinstance(field, StreamField) or len(components) < 3:
        return None
    block = field.stream_block.child_blocks.get(components[1])
    if block is None:
        return None
    return SEPARATOR.join(str(label) for label in block_labels(block, components[2:])) or None


def labelled(get_segment_location_info):
    @functools.wraps(get_segment_location_info)
    def wrapper(source_instance, tab_helper, content_path, field_path, widget=False):
        location = get_segment_location_info(
            source_instance, tab_helper, content_path, field_path, widget=widget
        )
        label = segment_label(source_instance, field_path)
        if label:
            location["subField"] = label
        return location

    return wrapper


def install():
    """At app ready (home/wrapping.py: once)."""
    wrap_once(edit_translation, "get_segment_location_info", labelled)
