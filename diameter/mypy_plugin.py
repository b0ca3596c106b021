"""A mypy plugin for diameter-typed: the checks that plain annotations cannot express.

Enable it in the mypy configuration (``plugins = diameter.mypy_plugin``). It only adds errors:

- ``diameter.evolve(obj, **changes)`` is checked like a constructor call of ``obj``'s class with
  every field optional: an unknown field, a value of the wrong type or a field that is no
  constructor argument (``wire_flags``, ``wire_bytes``) is an error; it returns ``obj``'s type.
- A member of another AVP's enum given for an Enumerated field (``X | int``, in a constructor
  call of a class made by ``grouped`` or ``command``, or in ``evolve``) is an error: an
  ``IntEnum`` is an ``int``, so the annotation alone accepts it. Plain ints stay accepted.
- ``Node.handle(cls, handler)`` and ``Service.handle(cls, handler)``: the handler must accept
  a ``cls`` and return ``cls``'s answer class or the answer-message (``ErrorAnswer``), or an
  awaitable of either. A return type that includes the answer class (``Message``: a handler
  for several commands) cannot be judged and is accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

# mypy's modules import one another in cycles: mypy.plugin first lets the plugin be imported
# outside a mypy run too (mypy.maptype first would fail)
from mypy.plugin import ClassDefContext, FunctionContext, FunctionSigContext, MethodContext, Plugin

# isort: split
from mypy.errorcodes import ARG_TYPE
from mypy.maptype import map_instance_to_supertype
from mypy.messages import format_type
from mypy.nodes import ARG_NAMED_OPT, ARG_POS, TypeInfo
from mypy.plugins.dataclasses import dataclass_tag_callback
from mypy.subtypes import is_subtype
from mypy.types import (
    AnyType,
    CallableType,
    Instance,
    LiteralType,
    TupleType,
    Type,
    TypeOfAny,
    TypeType,
    TypeVarType,
    UnionType,
    get_proper_type,
    get_proper_types,
)

_TAG = "diameter"  # marks, in a class's metadata, the classes made by grouped/command
# Message, Request, Answer, ErrorAnswer and GenericMessage are not: a value typed by one of the
# first four is of a class with more fields, and evolve() takes whatever the class takes.
_DECORATORS = frozenset({"diameter.schema.grouped", "diameter.schema.command"})
_EVOLVE = "diameter.schema.evolve"
_HANDLERS = frozenset({"diameter.asyncio.node.Node", "diameter.core.service.Service"})


class DiameterPlugin(Plugin):
    def get_class_decorator_hook(self, fullname: str) -> Callable[[ClassDefContext], None] | None:
        return _tag if fullname in _DECORATORS else None

    def get_function_signature_hook(self, fullname: str) -> Callable[[FunctionSigContext], CallableType] | None:
        return _evolve_signature if fullname == _EVOLVE else None

    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        if fullname == _EVOLVE:
            return _evolve_enums
        info = self._info(fullname)  # a constructor call?
        fields = _fields(info) if info is not None else None
        return partial(_constructor_enums, fields) if fields is not None else None

    def get_method_hook(self, fullname: str) -> Callable[[MethodContext], Type] | None:
        cls, _, name = fullname.rpartition(".")
        info = self._info(cls) if name == "handle" else None
        owner = info.get_containing_type_info("handle") if info is not None else None
        if owner is None or owner.fullname not in _HANDLERS:  # Node.handle, Service.handle, or a subclass's
            return None
        error_answer = self._info("diameter.schema.ErrorAnswer")
        return partial(_check_handler, Instance(error_answer, [])) if error_answer is not None else None

    def _info(self, fullname: str) -> TypeInfo | None:
        sym = self.lookup_fully_qualified(fullname)
        return sym.node if sym is not None and isinstance(sym.node, TypeInfo) else None


def plugin(version: str) -> type[Plugin]:
    return DiameterPlugin


def _tag(ctx: ClassDefContext) -> None:
    ctx.cls.info.metadata[_TAG] = {}
    dataclass_tag_callback(ctx)  # what mypy does for a dataclass_transform decorator with no plugin hook


def _fields(info: TypeInfo) -> dict[str, Type] | None:
    """The constructor arguments (name → type) of a class made by grouped/command, else None."""
    if not any(_TAG in base.metadata for base in info.mro):
        return None
    init = info.get("__init__")
    sig = get_proper_type(init.type) if init is not None else None
    if not isinstance(sig, CallableType):
        return None
    return {n: t for n, k, t in zip(sig.arg_names, sig.arg_kinds, sig.arg_types) if n is not None and k.is_named()}


def _fields_of(typ: Type) -> dict[str, Type] | None:
    typ = get_proper_type(typ)
    if isinstance(typ, TypeVarType):
        typ = get_proper_type(typ.upper_bound)
    return _fields(typ.type) if isinstance(typ, Instance) else None


# -- evolve ------------------------------------------------------------------------------------


def _evolve_signature(ctx: FunctionSigContext) -> CallableType:
    """``evolve(obj, *, field=..., ...) -> type of obj``, the fields those of obj's constructor."""
    sig = ctx.default_signature
    if len(ctx.args) != 2 or len(ctx.args[0]) != 1:
        return sig
    obj = ctx.api.get_expression_type(ctx.args[0][0])
    fields = _fields_of(obj)
    if fields is None:  # not one of our classes, a union, Any: as annotated
        return sig
    return sig.copy_modified(
        arg_names=[sig.arg_names[0], *fields],
        arg_kinds=[ARG_POS] + [ARG_NAMED_OPT] * len(fields),
        arg_types=[obj, *fields.values()],
        ret_type=obj,
        variables=[],
    )


def _evolve_enums(ctx: FunctionContext) -> Type:
    fields = _fields_of(ctx.arg_types[0][0]) if ctx.arg_types and len(ctx.arg_types[0]) == 1 else None
    if fields is not None:
        _check_enums(ctx, fields)
    return ctx.default_return_type


# -- a member of another AVP's enum ------------------------------------------------------------


def _constructor_enums(fields: dict[str, Type], ctx: FunctionContext) -> Type:
    _check_enums(ctx, fields)
    return ctx.default_return_type


def _check_enums(ctx: FunctionContext, fields: dict[str, Type]) -> None:
    for name, types, args in zip(ctx.callee_arg_names, ctx.arg_types, ctx.args):
        expected = fields.get(name) if name is not None else None
        for actual, arg in zip(types, args):
            for enum, field_type in _foreign_enums(actual, expected) if expected is not None else ():
                ctx.api.fail(
                    f"{format_type(enum, ctx.api.options)} given where {format_type(field_type, ctx.api.options)}"
                    " is expected: a value of another AVP's enum",
                    arg,
                    code=ARG_TYPE,
                )


def _int_enums(typ: Type) -> list[Instance]:
    """The IntEnum classes a type is made of (``E``, ``Literal[E.X]``, ``E | None`` ...)."""
    typ = get_proper_type(typ)
    if isinstance(typ, UnionType):
        return [e for item in typ.items for e in _int_enums(item)]
    if isinstance(typ, LiteralType):
        typ = typ.fallback
    if isinstance(typ, Instance) and typ.type.is_enum and typ.type.has_base("builtins.int"):
        return [typ]
    return []


def _foreign_enums(actual: Type, expected: Type) -> list[tuple[Instance, Type]]:
    """The enums in ``actual`` that a field of type ``expected`` (``E | int``, possibly ``| None``
    or in a ``tuple[..., ...]``) does not name, each with the type it was given for."""
    actual, proper = get_proper_type(actual), get_proper_type(expected)
    if isinstance(proper, Instance) and proper.type.fullname == "builtins.tuple":
        items: Sequence[Type] = ()
        if isinstance(actual, TupleType):
            items = actual.items
        elif isinstance(actual, Instance) and actual.type.fullname == "builtins.tuple":
            items = actual.args
        return [found for item in items for found in _foreign_enums(item, proper.args[0])]
    named = _int_enums(proper)
    items = get_proper_types(proper.items) if isinstance(proper, UnionType) else []
    if not named or not any(isinstance(t, Instance) and t.type.fullname == "builtins.int" for t in items):
        return []
    return [(e, expected) for e in _int_enums(actual) if not any(e.type.has_base(n.type.fullname) for n in named)]


# -- handlers ----------------------------------------------------------------------------------


def _check_handler(error_answer: Instance, ctx: MethodContext) -> Type:
    if len(ctx.arg_types) < 2 or len(ctx.arg_types[0]) != 1 or len(ctx.arg_types[1]) != 1:
        return ctx.default_return_type
    request, answer = _request_and_answer(ctx.arg_types[0][0])
    handler = get_proper_type(ctx.arg_types[1][0])
    if request is None or answer is None or not isinstance(handler, CallableType):
        return ctx.default_return_type
    options, where = ctx.api.options, ctx.args[1][0]
    function = ctx.api.named_generic_type("builtins.function", [])
    takes = CallableType([request], [ARG_POS], [None], AnyType(TypeOfAny.special_form), function)
    if not is_subtype(handler, takes):
        ctx.api.fail(
            f"The handler for {format_type(request, options)} does not accept a "
            f"{format_type(request, options)} (it is {format_type(handler, options)})",
            where,
            code=ARG_TYPE,
        )
    expected = UnionType.make_union([answer, error_answer])
    awaitable = ctx.api.named_generic_type("typing.Awaitable", [AnyType(TypeOfAny.special_form)]).type
    for result in _results(handler.ret_type, awaitable):
        if not (isinstance(result, AnyType) or is_subtype(result, expected) or is_subtype(answer, result)):
            ctx.api.fail(
                f"The handler for {format_type(request, options)} returns {format_type(result, options)}"
                f" where {format_type(expected, options)} (or an awaitable of it) is expected",
                where,
                code=ARG_TYPE,
            )
    return ctx.default_return_type


def _request_and_answer(cls: Type) -> tuple[Instance | None, Type | None]:
    """The request class given as ``cls`` (a class object), and its answer class."""
    cls = get_proper_type(cls)
    if isinstance(cls, CallableType) and cls.is_type_obj():
        info: TypeInfo | None = cls.type_object()
    elif isinstance(cls, TypeType) and isinstance(cls.item, Instance):
        info = cls.item.type
    else:
        info = None
    base = next((b for b in info.mro if b.fullname == "diameter.schema.Request"), None) if info else None
    if info is None or base is None or info.type_vars:
        return None, None
    request = Instance(info, [])
    answer = map_instance_to_supertype(request, base).args[0]
    return request, None if isinstance(get_proper_type(answer), (TypeVarType, AnyType)) else answer


def _results(typ: Type, awaitable: TypeInfo, unwrap: bool = True) -> list[Type]:
    """What a handler's return type gives: each item of a union, awaited once."""
    typ = get_proper_type(typ)
    if isinstance(typ, UnionType):
        return [r for item in typ.items for r in _results(item, awaitable, unwrap)]
    if unwrap and isinstance(typ, Instance) and typ.type.has_base(awaitable.fullname):
        return _results(map_instance_to_supertype(typ, awaitable).args[0], awaitable, False)
    return [typ]
