"""analyse_framing finds sources with the attribution settings it is given, not the defaults,
when its caller has no sources yet (as every threshold is passed explicitly)."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare import framing as framing_module
from sidebyside.compare.framing import analyse_framing
from sidebyside.model import Article, Source
from sidebyside.settings import DEFAULT


def test_the_sources_are_found_with_the_caller_s_attribution_settings(monkeypatch):
    seen = []
    real = framing_module.Attribution

    def recording(model, settings=DEFAULT.compare.attribution, *args, **kwargs):
        seen.append(settings)
        return real(model, settings, *args, **kwargs)

    monkeypatch.setattr(framing_module, "Attribution", recording)
    own = replace(DEFAULT.compare.attribution)
    text = "The mayor of Dunmore, Ana Ruiz, said the bridge would reopen in May."
    analyse_framing(Article(Source(None, "text"), text=text), Article(Source(None, "text"), text=text), attribution=own)
    assert seen and all(s is own for s in seen)


def test_without_settings_the_defaults_are_used(monkeypatch):
    seen = []
    real = framing_module.Attribution

    def recording(model, settings=DEFAULT.compare.attribution, *args, **kwargs):
        seen.append(settings)
        return real(model, settings, *args, **kwargs)

    monkeypatch.setattr(framing_module, "Attribution", recording)
    text = "Officials said the road was closed."
    analyse_framing(Article(Source(None, "text"), text=text), Article(Source(None, "text"), text=text))
    assert seen and all(s is DEFAULT.compare.attribution for s in seen)
