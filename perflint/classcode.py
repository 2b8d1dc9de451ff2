"""Compiled code of dataclass methods, kept across runs.

:mod:`dataclasses` writes the source of every method it generates (``__init__``, ``__repr__``,
``__eq__``, and for a frozen class ``__setattr__``, ``__delattr__`` and ``__hash__``) and passes it
to :func:`exec`, which compiles it. perflint defines about 120 dataclasses, so a one-draft run
compiled about 570 small functions at every start: ~60 ms of a ~280 ms run, more than linting a
short draft.

:func:`install` gives the :mod:`dataclasses` module its own ``exec`` (a module global, found
before the built-in): the same call, except that the code compiled from a given source text comes
from a store in the user's cache folder (``perflint.data.cache_dir()``, one :mod:`marshal` file
named by the exact Python build and bytecode magic number) once a run has compiled it. A store
entry is exactly what ``exec(source)`` compiles: the source text is the key, and the code is
compiled from it with the flags and file name ``exec`` uses (``"<string>"``, no inherited
``__future__`` features), so a class built with the store has the same methods as one built
without it. Anything unusual (not a string, no cache folder, an unreadable or foreign file) goes
to the built-in :func:`exec` unchanged; nothing here can fail a run.

On CPython 3.11 the store also keeps, for each *recipe* of a plain class (its fields' names and
flags, ``frozen``, ``slots``), the code objects of the methods :mod:`dataclasses` made for the
first class of that recipe, and a ``_process_class`` that makes later classes of the recipe from
them without most of :mod:`dataclasses`' Python (:func:`_install_process_class`): the same class
(a cold one-draft run: 810 M → 768 M instructions). The code recorded under a recipe is not kept
by its source texts as well: no class of that recipe asks for them again, and they made the
file, read at every start, a third larger (781 M → 778 M).

This is installed once, when the :mod:`perflint` package is first imported, and applies to every
dataclass created afterwards in the process, perflint's or not: the functions are the same, only
their compilation is remembered.
"""

from __future__ import annotations

import builtins
import sys
from typing import Any

from perflint.data.kept import KeptAcrossRuns

_FORMAT = 3  # bump when the file's layout or what it keeps changes
# Dataclasses of the packages every run of the command line imports. A class anywhere else (a test
# framework's, a plugin's, a program's that imports perflint) compiles as usual, so the store
# does not grow with whatever else shares the process, and a run reads only what it uses.
KEPT_PACKAGES = frozenset({"perflint", "typer", "rich"})


class ClassCode(KeptAcrossRuns):
    """Code objects by source text."""

    name = "classcode"
    suffix = "marshal"

    def tag(self) -> bytes:
        from importlib.util import MAGIC_NUMBER

        return b"%d\0%s\0%s" % (_FORMAT, sys.version.encode(), MAGIC_NUMBER)

    def encode(self, entries: dict[Any, Any]) -> bytes:
        import marshal

        return marshal.dumps(entries)

    def decode(self, raw: bytes) -> Any:
        import marshal

        return marshal.loads(raw)

    # the code objects compiled for one class while :func:`_process_class` watches (see there)
    recording: list[Any] | None = None
    # the (source, code) pairs compiled while recording: kept by their source only when the
    # recording is not kept under its recipe (a class made from a recipe never asks its sources)
    unkept: list[tuple[str, Any]] | None = None

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """:func:`exec`, with the code of a source text compiled once across runs."""
        if type(source) is not str:
            builtins.exec(source, globals, locals)
            return
        if globals is None or not _kept(globals):
            # compiled here as exec would compile it in dataclasses' own frame: a string passed
            # on from this module would inherit its ``from __future__ import annotations``
            builtins.exec(compile(source, "<string>", "exec", dont_inherit=True), globals, locals)
            return
        code = self.entries().get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if self.unkept is None:
                self.keep(source, code)
            else:
                self.unkept.append((source, code))
        else:
            self.used.add(source)
        if self.recording is not None:
            self.recording.append(code)
        builtins.exec(code, globals, locals)


def _kept(namespace: Any) -> bool:
    """Whether the class being made belongs to :data:`KEPT_PACKAGES` (``dataclasses`` runs its
    generated code in the namespace of the class's module)."""
    name = namespace.get("__name__") if isinstance(namespace, dict) else None
    return isinstance(name, str) and name.partition(".")[0] in KEPT_PACKAGES


def applies() -> bool:
    """Whether the store can stand in for :mod:`dataclasses`' ``exec``: CPython (its code
    objects and :mod:`marshal`), and a :mod:`dataclasses` that calls the built-in by name."""
    import dataclasses

    return sys.implementation.name == "cpython" and "exec" not in vars(dataclasses)


def install() -> ClassCode | None:
    """Let :mod:`dataclasses` compile through a store (see the module docstring)."""
    if not applies():
        return None
    import dataclasses

    store = ClassCode()
    dataclasses.exec = store.exec  # type: ignore[attr-defined]
    _install_is_type(dataclasses)
    _install_process_class(dataclasses)
    return store


def uninstall() -> None:
    """Give :mod:`dataclasses` back the built-in and its own ``_is_type`` (tests)."""
    import dataclasses

    vars(dataclasses).pop("exec", None)
    process = getattr(dataclasses._process_class, "__wrapped_process_class__", None)  # type: ignore[attr-defined]
    if process is not None:
        dataclasses._process_class = process  # type: ignore[attr-defined]
    original = getattr(dataclasses._is_type, "__wrapped_is_type__", None)  # type: ignore[attr-defined]
    if original is not None:
        dataclasses._is_type = original  # type: ignore[attr-defined]


# The parameters of dataclasses._is_type in every CPython from 3.7 on, whose body is the one
# is_type() below repeats; another one (a future change, another implementation) is left alone.
_PARTS: dict[str, tuple[str | None, str] | None] = {}  # an annotation string's two groups, by the string
_IS_TYPE_PARAMETERS = ("annotation", "cls", "a_module", "a_type", "is_type_predicate")


def _install_is_type(dataclasses: Any) -> None:
    """Give :mod:`dataclasses` an ``_is_type`` that splits each annotation string once a process.

    With ``from __future__ import annotations`` every annotation is a string, and a dataclass
    asks ``_is_type`` of each field three times (is it ``KW_ONLY``, a ``ClassVar``, an
    ``InitVar``?), each time matching the string with a regular expression and taking its two
    groups: about a tenth of building a dataclass, for the same few hundred strings (``str``,
    ``int``, ``tuple[str, ...]``). The function below is ``dataclasses._is_type`` with that match
    remembered by the string; everything after it (the namespace looked up, the predicate asked)
    is as before, so every answer is the same."""
    original = getattr(dataclasses, "_is_type", None)
    pattern = getattr(dataclasses, "_MODULE_IDENTIFIER_RE", None)
    code = getattr(original, "__code__", None)
    if (pattern is None or code is None or hasattr(original, "__wrapped_is_type__")
            or code.co_varnames[:5] != _IS_TYPE_PARAMETERS or code.co_argcount != 5):
        return
    match = pattern.match
    parts = _PARTS
    modules = sys.modules

    def is_type(annotation: Any, cls: Any, a_module: Any, a_type: Any, is_type_predicate: Any) -> bool:
        try:
            found = parts[annotation]
        except KeyError:
            m = match(annotation)
            found = parts[annotation] = (m.group(1), m.group(2)) if m else None
        except TypeError:  # not hashable: not a string, let the original answer
            return original(annotation, cls, a_module, a_type, is_type_predicate)  # type: ignore[misc]
        if found is None:
            return False
        module_name, name = found
        ns = None
        if not module_name:
            ns = modules.get(cls.__module__).__dict__  # type: ignore[union-attr]
        else:
            module = modules.get(cls.__module__)
            if module and module.__dict__.get(module_name) is a_module:
                ns = modules.get(a_type.__module__).__dict__  # type: ignore[union-attr]
        return bool(ns and is_type_predicate(ns.get(name), a_module))

    is_type.__wrapped_is_type__ = original  # type: ignore[attr-defined]
    dataclasses._is_type = is_type


# The parameters of dataclasses._process_class in CPython 3.11, whose steps the quick
# path below repeats for the plainest classes; another signature is left alone.
_PROCESS_CLASS_PARAMETERS = ("cls", "init", "repr", "eq", "order", "unsafe_hash", "frozen",
                             "match_args", "kw_only", "slots", "weakref_slot")
# What dataclasses generates, in the order it makes the functions (and compiles their code).
_MADE = ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__")


def _made_from(code: Any, method: Any) -> bool:
    """Whether ``method`` (``__repr__`` through its wrapper) was made from ``code``, the code
    ``exec`` ran for it: the recorded code is kept only for the methods it made (another thread
    making a class at the same time records into the same store)."""
    inner = getattr(getattr(method, "__wrapped__", method), "__code__", None)
    return any(inner in getattr(c, "co_consts", ()) for c in getattr(code, "co_consts", ()))


def _install_process_class(dataclasses: Any) -> None:
    """Give :mod:`dataclasses` a ``_process_class`` that makes the plainest classes without
    writing their methods' source again.

    Building a dataclass is mostly :mod:`dataclasses`' own Python: a :class:`~dataclasses.Field`
    made and checked field by field, each method's source text written out, looked up in the store
    and run to make the function. perflint's classes are nearly all of one shape (string
    annotations, plain defaults or ``field()``, ``frozen`` or not, ``slots`` or not, dataclass bases
    of that shape). For a class of that shape the methods' code depends only on what this function calls
    its *recipe*: the field names, which of them ``__init__`` takes, which have a default or a
    factory, which ``__repr__``, ``__eq__`` and ``__hash__`` read, ``frozen``, ``slots``, a
    ``__post_init__``, an own ``__hash__``. The first class of a recipe is made by
    :mod:`dataclasses` itself while the store records the code objects it compiles; the store
    keeps them under the recipe, and a class of that recipe in a later run (or later in this one)
    is made here from them: the same ``Field`` objects, the same functions, made from the same
    code with the same names, defaults, closures and qualified names, set in the same order, then
    ``_add_slots`` and ``abc.update_abstractmethods`` as :mod:`dataclasses` calls them. Anything
    else (``order``, ``unsafe_hash``, keyword-only fields, ``ClassVar`` or
    ``InitVar`` annotations, a generated method the class already defines, no docstring, a class
    outside :data:`KEPT_PACKAGES`, an error :mod:`dataclasses` would raise) goes to the original,
    unchanged."""
    original = getattr(dataclasses, "_process_class", None)
    code = getattr(original, "__code__", None)
    names = ("MISSING", "Field", "_FIELD", "_DataclassParams", "_HAS_DEFAULT_FACTORY", "_recursive_repr",
             "FrozenInstanceError", "_add_slots", "_POST_INIT_NAME", "_FIELDS", "_PARAMS", "InitVar", "KW_ONLY",
             "_MODULE_IDENTIFIER_RE")
    if (code is None or hasattr(original, "__wrapped_process_class__") or sys.version_info[:2] != (3, 11)
            or code.co_varnames[:11] != _PROCESS_CLASS_PARAMETERS or code.co_argcount != 11
            or not all(hasattr(dataclasses, name) for name in names)):
        return
    import abc
    import types
    import typing

    MISSING = dataclasses.MISSING
    Field = dataclasses.Field
    _FIELD = dataclasses._FIELD
    params_class = dataclasses._DataclassParams
    has_factory = dataclasses._HAS_DEFAULT_FACTORY
    recursive_repr = dataclasses._recursive_repr
    frozen_error = dataclasses.FrozenInstanceError
    add_slots = dataclasses._add_slots
    post_init_name = dataclasses._POST_INIT_NAME
    fields_name = dataclasses._FIELDS
    params_name = dataclasses._PARAMS
    kw_only_marker = dataclasses.KW_ONLY
    init_var = dataclasses.InitVar
    class_var = typing.ClassVar
    generic_alias = getattr(typing, "_GenericAlias", None)
    member_descriptor = types.MemberDescriptorType
    function_type = types.FunctionType
    update_abstractmethods = abc.update_abstractmethods
    modules = sys.modules
    parts = _PARTS
    match = dataclasses._MODULE_IDENTIFIER_RE.match
    special_modules = (typing, dataclasses)

    def special(annotation: str, namespace: dict[str, Any]) -> bool:
        """Whether dataclasses could read the annotation as ``KW_ONLY``, ``ClassVar`` or
        ``InitVar`` (answered as its ``_is_type`` answers, from the same two groups)."""
        try:
            found = parts[annotation]
        except KeyError:
            m = match(annotation)
            found = parts[annotation] = (m.group(1), m.group(2)) if m else None
        if found is None:
            return False
        module_name, name = found
        if module_name:
            return namespace.get(module_name) in special_modules
        obj = namespace.get(name)
        return (obj is kw_only_marker or obj is class_var or obj is init_var or type(obj) is init_var
                or (type(obj) is generic_alias and getattr(obj, "__origin__", None) is class_var))

    def recipe(cls: Any, frozen: Any, slots: Any) -> tuple[Any, ...] | None:
        """The class's recipe and what making it needs, or None for the original."""
        module = modules.get(cls.__module__)
        if module is None:
            return None
        namespace = module.__dict__
        name = namespace.get("__name__")
        if type(name) is not str or name.partition(".")[0] not in KEPT_PACKAGES:
            return None
        inherited: dict[str, Any] = {}  # the dataclass bases' fields, as dataclasses gathers them
        frozen_bases = []
        for base in cls.__mro__[-1:0:-1]:
            base_fields = getattr(base, fields_name, None)
            if base_fields is not None:
                for f in base_fields.values():
                    inherited[f.name] = f
                frozen_bases.append(getattr(base, params_name).frozen)
        if frozen_bases and any(frozen_bases) != bool(frozen):
            return None  # dataclasses raises: frozen and not frozen mixed
        shapes: dict[str, tuple[Any, ...]] = {}
        for f in inherited.values():
            if f._field_type is not _FIELD or f.kw_only is not False:
                return None
            if not (type(f.init) is bool and type(f.repr) is bool and type(f.compare) is bool):
                return None
            kind = 2 if f.default_factory is not MISSING else (1 if f.default is not MISSING else 0)
            shapes[f.name] = (f.name, f.init, f.repr, f.compare, bool(f.compare if f.hash is None else f.hash), kind)
        own = cls.__dict__
        annotations = own.get("__annotations__", {})
        for made in _MADE[:5]:  # a method the class writes itself (an own __hash__ is kept: below)
            if made in own:
                return None
        if "__match_args__" in own or not cls.__doc__:  # no docstring: dataclasses writes one
            return None
        for attr, value in own.items():
            if isinstance(value, Field) and attr not in annotations:
                return None
        fields = []
        for attr, annotation in annotations.items():
            if type(annotation) is not str or special(annotation, namespace):
                return None
            default = getattr(cls, attr, MISSING)
            if isinstance(default, Field):
                given = default
                if given.kw_only is not MISSING and given.kw_only is not False:
                    return None
                if given.default is not MISSING and given.default_factory is not MISSING:
                    return None
            else:
                if isinstance(default, member_descriptor):
                    return None
                given = None
            value = default if given is None else given.default
            if value.__class__.__hash__ is None:
                return None  # dataclasses refuses a mutable default
            if given is None:
                init = show = compare = True
                hashed = True
                factory = MISSING
            else:
                init, show, compare, factory = given.init, given.repr, given.compare, given.default_factory
                hashed = compare if given.hash is None else given.hash
                if not (type(init) is bool and type(show) is bool and type(compare) is bool):
                    return None
            kind = 2 if factory is not MISSING else (1 if value is not MISSING else 0)
            shapes[attr] = (attr, init, show, compare, bool(hashed), kind)
            fields.append((attr, annotation, default, given))
        if "self" in shapes:
            return None  # dataclasses names __init__'s first parameter otherwise
        seen_default = False
        for _attr, init, _show, _compare, _hashed, kind in shapes.values():
            if init:
                if kind:
                    seen_default = True
                elif seen_default:
                    return None  # dataclasses raises: a field without a default after one with
        class_hash = own.get("__hash__", MISSING)
        own_hash = class_hash is not MISSING  # without an own __eq__, None is written, not made
        key = ("dataclass", tuple(shapes.values()), bool(frozen), bool(slots), hasattr(cls, post_init_name), own_hash)
        return key, fields, own_hash, namespace, inherited

    def make(cls: Any, codes: tuple[Any, ...], fields: list[Any], init: Any, repr: Any, eq: Any, order: Any,
             unsafe_hash: Any, frozen: Any, slots: Any, weakref_slot: Any, own_hash: bool,
             namespace: dict[str, Any], inherited: dict[str, Any]) -> Any:
        """The class, made as dataclasses makes it, from the recorded code."""
        setattr(cls, params_name, params_class(init, repr, eq, order, unsafe_hash, frozen))
        made = dict(inherited)
        for attr, annotation, default, given in fields:
            if given is None:
                f = Field(default, MISSING, True, True, None, True, None, MISSING)
            else:
                f = given
            f.name = attr
            f.type = annotation
            f._field_type = _FIELD
            if f.kw_only is MISSING:
                f.kw_only = False
            made[attr] = f
        for attr, _annotation, _default, given in fields:
            if given is not None:  # the class attribute was the Field: now its default, or nothing
                if given.default is MISSING:
                    delattr(cls, attr)
                else:
                    setattr(cls, attr, given.default)
        setattr(cls, fields_name, made)
        field_list = list(made.values())
        qualname = cls.__qualname__
        scope: dict[str, Any] = {f"_type_{f.name}": f.type for f in field_list}
        scope["MISSING"] = MISSING
        scope["_HAS_DEFAULT_FACTORY"] = has_factory
        scope["__dataclass_builtins_object__"] = object
        for f in field_list:
            if f.default_factory is not MISSING:
                scope[f"_dflt_{f.name}"] = f.default_factory
            elif f.init:
                if f.default is not MISSING:
                    scope[f"_dflt_{f.name}"] = f.default
            elif slots and f.default is not MISSING:
                scope[f"_dflt_{f.name}"] = f.default
        scope["_return_type"] = None
        frozen_scope = {"cls": cls, "FrozenInstanceError": frozen_error}
        scopes = (scope, {}, {}, frozen_scope, frozen_scope, {})
        count = len(codes)
        for name, code, local in zip(_MADE[:count], codes, scopes[:count], strict=True):
            ns: dict[str, Any] = {}
            builtins.exec(code, namespace, ns)
            fn = ns["__create_fn__"](**local)
            if name == "__repr__":
                fn = recursive_repr(fn)
            if isinstance(fn, function_type):
                fn.__qualname__ = f"{qualname}.{fn.__name__}"
            setattr(cls, name, fn)
        if not frozen and not own_hash:
            cls.__hash__ = None
        cls.__match_args__ = tuple(f.name for f in field_list if f.init)
        if slots:
            cls = add_slots(cls, frozen, weakref_slot)
        update_abstractmethods(cls)
        return cls

    def process_class(cls: Any, init: Any, repr: Any, eq: Any, order: Any, unsafe_hash: Any, frozen: Any,
                      match_args: Any, kw_only: Any, slots: Any, weakref_slot: Any) -> Any:
        store = getattr(dataclasses.exec, "__self__", None) if "exec" in vars(dataclasses) else None
        found = None
        if (type(store) is ClassCode and init and repr and eq and match_args and not order and not unsafe_hash
                and not kw_only and not weakref_slot):
            found = recipe(cls, frozen, slots)
        if found is None:
            return original(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
        key, fields, own_hash, namespace, inherited = found
        count = 6 if frozen and not own_hash else 5 if frozen else 3  # the functions dataclasses makes
        codes = store.entries().get(key)
        if type(codes) is tuple and len(codes) == count:
            store.used.add(key)
            return make(cls, codes, fields, init, repr, eq, order, unsafe_hash, frozen, slots, weakref_slot, own_hash,
                        namespace, inherited)
        outer, store.recording = store.recording, []
        outer_unkept, store.unkept = store.unkept, []
        try:
            made = original(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
            recorded = tuple(store.recording)
        finally:
            store.recording = outer
            unkept, store.unkept = store.unkept, outer_unkept
        if len(recorded) == count and all(map(_made_from, recorded, (vars(made).get(name) for name in _MADE))):
            # Only the recipe is kept: the class and every later one of its recipe are made from
            # it, never from the methods' source texts, which would double the file's size (about
            # 1 MB → 0.7 MB, read at every start).
            store.keep(key, recorded)
        else:
            for source, code in unkept:
                store.keep(source, code)
        return made

    process_class.__wrapped_process_class__ = original  # type: ignore[attr-defined]
    dataclasses._process_class = process_class
