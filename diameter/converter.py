"""The converter: bytes ⇄ typed messages, with generated code per class.

:func:`decode` and :func:`encode` use a default :class:`Converter`; make your own for other
limits or for a relay (``strict=False`` keeps unknown mandatory AVPs instead of rejecting them).
"""

from __future__ import annotations

import struct
from typing import Any, Final, TypeVar

from . import _codegen, _layout, _shapes
from .errors import DecodeError, EncodeError, InvalidAvpLength, InvalidAvpValue, LimitExceeded
from .registry import DEFAULT, Dictionary
from .schema import AvpDef, GenericMessage, Message
from .types import GROUPED
from .wire import FLAG_E, FLAG_P, FLAG_R, FLAG_T, Avp, Header, decode_header, iter_avps, peek_header

__all__ = ["Converter", "DEFAULT_CONVERTER", "decode", "encode", "header_of", "decode_avp_value", "encode_avp"]

MsgT = TypeVar("MsgT", bound=Message)

_PADDING: Final = bytes(12)
_HDR = struct.Struct("!IIIII")


class Converter:
    """Encodes and decodes messages of the classes known to ``dictionary``.

    ``max_length`` bounds the Message Length accepted (the 24-bit field allows 16 MiB);
    ``max_depth`` bounds the nesting of grouped AVPs; with ``strict`` (the default) an AVP with
    the M bit that no loaded dictionary knows is rejected with Result-Code 5001 (RFC 6733 §4.1);
    a relay turns it off to forward such AVPs untouched. With ``layouts`` (the default) the
    decoder learns the layouts of recurring messages and decodes the next ones of the same
    layout in one unpacking (:mod:`diameter._layout`), and the encoder learns the shapes of
    recurring messages and encodes the next ones of the same shape in one packing
    (:mod:`diameter._shapes`); the results are the same either way.
    """

    def __init__(
        self,
        *,
        dictionary: Dictionary = DEFAULT,
        max_length: int = 1 << 20,
        max_depth: int = 16,
        strict: bool = True,
        layouts: bool = True,
    ) -> None:
        self.dictionary = dictionary
        #: learn the layouts of recurring messages to decode them, and their shapes to encode them
        #: (see :mod:`diameter._layout` and :mod:`diameter._shapes`)
        self.layouts = layouts
        self.max_length = max_length
        self.max_depth = max_depth
        self.strict = strict
        self._decoders: dict[type, _codegen.Decoder] = {}
        self._encoders: dict[type, _codegen.Encoder] = {}
        self._dispatch: dict[int, _codegen.Decoder] = {}
        self._layouts: dict[type, _layout.Layouts] = {}
        self._shapes: dict[type, _shapes.Shapes] = {}
        dictionary.listeners.add(self)

    def dictionary_changed(self) -> None:
        """Forget the header dispatch cache (called by the dictionary when it changes)."""
        self._dispatch.clear()

    # -- generated functions ------------------------------------------------------------------

    def decoder(self, cls: type) -> _codegen.Decoder:
        """The generated decode function of a command or grouped class (cached)."""
        fn = self._decoders.get(cls)
        if fn is None:
            fn = _codegen.make_decoder(cls, self)
            self._decoders[cls] = fn
        return fn

    def learned_layouts(self, cls: type) -> _layout.Layouts | None:
        """The layouts learned for a command or grouped class (None when it has none to learn:
        ``layouts=False``, a generic answer-message, a grouped class of few fields)."""
        self.decoder(cls)
        return self._layouts.get(cls)

    def learned_shapes(self, cls: type) -> _shapes.Shapes | None:
        """The shapes learned for a command class by its encoder (None when it learns none:
        ``layouts=False``, a generic answer-message, a grouped class)."""
        self.encoder(cls)
        return self._shapes.get(cls)

    def encoder(self, cls: type) -> _codegen.Encoder:
        """The generated encode function of a command or grouped class (cached)."""
        fn = self._encoders.get(cls)
        if fn is None:
            fn = _codegen.make_encoder(cls, self)
            self._encoders[cls] = fn
        return fn

    # -- messages -----------------------------------------------------------------------------

    def decode(self, data: bytes | bytearray | memoryview) -> Message:
        """Decode one whole message into the class its header names.

        Unknown commands decode into a :class:`GenericMessage`; answers with the E bit into
        the generic answer-message. Raises :class:`DecodeError` (only) for bad input.
        """
        if type(data) is not bytes:
            data = bytes(data)
        n = len(data)
        if n > self.max_length:
            raise LimitExceeded(f"message of {n} bytes exceeds the limit of {self.max_length}", offset=0)
        if n < 20:
            decode_header(data)  # raises the precise error
        vl, fc, app, hbh, e2e = _HDR.unpack_from(data)
        if vl != 0x01000000 | n or n & 3 or fc & 0x0F000000 or fc & 0xA0000000 == 0xA0000000:
            decode_header(data)  # raises the precise error
        fn = self._dispatch.get((app << 32) | (fc & 0xA0FFFFFF))
        if fn is None:
            fn = self._resolve(fc, app)
            if fn is None:
                return self._decode_generic(data, fc >> 24, fc & 0xFFFFFF, app, hbh, e2e)
        return fn(data + _PADDING, n, self.max_depth, self.strict, fc >> 24, fc & 0xFFFFFF, app, hbh, e2e)  # type: ignore[no-any-return]

    def _resolve(self, fc: int, app: int) -> _codegen.Decoder | None:
        """The decoder for a header's (Application-Id, command code, R and E flags), cached in
        ``_dispatch`` until the dictionary changes."""
        flags = fc >> 24
        if flags & FLAG_E and not flags & FLAG_R:
            cls = self.dictionary.error_answer
        else:
            cls = self.dictionary.command(app, fc & 0xFFFFFF, bool(flags & FLAG_R))
        if cls is None:
            return None
        fn = self.decoder(cls)
        self._dispatch[(app << 32) | (fc & 0xA0FFFFFF)] = fn
        return fn

    def decode_as(self, cls: type[MsgT], data: bytes | bytearray | memoryview) -> MsgT:
        """Decode a message as ``cls`` whatever its header's command code says (the header is
        still checked)."""
        data = bytes(data)
        h = decode_header(data)
        if len(data) > self.max_length:
            raise LimitExceeded(f"message of {len(data)} bytes exceeds the limit of {self.max_length}", offset=0)
        fn = self.decoder(cls)
        return fn(  # type: ignore[no-any-return]
            data + _PADDING,
            len(data),
            self.max_depth,
            self.strict,
            h.flags,
            h.command_code,
            h.application_id,
            h.hop_by_hop,
            h.end_to_end,
        )

    def _decode_generic(self, data: bytes, flags: int, code: int, app: int, hbh: int, e2e: int) -> GenericMessage:
        avps = tuple(a for _, a in iter_avps(data, 20))
        return GenericMessage(
            command_code=code,
            application_id=app,
            request=bool(flags & FLAG_R),
            proxiable=bool(flags & FLAG_P),
            error=bool(flags & FLAG_E),
            avps=avps,
            hop_by_hop=hbh,
            end_to_end=e2e,
            retransmit=bool(flags & FLAG_T),
        )

    def encode(self, message: Message, *, hop_by_hop: int | None = None, end_to_end: int | None = None) -> bytes:
        """Encode a message; ``hop_by_hop`` / ``end_to_end`` override the message's own."""
        fn = self._encoders.get(type(message))
        hbh = message.hop_by_hop if hop_by_hop is None else hop_by_hop
        e2e = message.end_to_end if end_to_end is None else end_to_end
        if fn is None:
            if isinstance(message, GenericMessage):
                _check_ids(hbh, e2e)
                return _encode_generic(message, hbh, e2e)
            fn = self.encoder(type(message))
        try:
            return fn(message, hbh, e2e)
        except EncodeError:
            _check_ids(hbh, e2e)  # (the generated code packs them without a word of its own)
            _explain(message)
            raise

    # -- single values ------------------------------------------------------------------------

    def encode_grouped(self, value: Any) -> bytes:
        """The data (concatenated AVPs) of a grouped AVP value."""
        try:
            return self.encoder(type(value))(value)
        except EncodeError:
            _explain(value)
            raise

    def decode_grouped(self, cls: type[MsgT] | type, data: bytes) -> Any:
        """Decode the data of a grouped AVP into its class."""
        data = bytes(data)
        return self.decoder(cls)(data + _PADDING, 0, len(data), self.max_depth, self.strict)


def _check_ids(hbh: int, e2e: int) -> None:
    if not (type(hbh) is int and type(e2e) is int and 0 <= hbh <= 0xFFFFFFFF and 0 <= e2e <= 0xFFFFFFFF):
        raise EncodeError("Hop-by-Hop and End-to-End identifiers are 32-bit unsigned")


def _explain(obj: object) -> None:
    """Raise the :class:`~diameter.validate.ValidationError` that names the value of ``obj``
    that could not be encoded, if :func:`~diameter.validate.validate` finds it."""
    from .validate import ValidationError, validate

    try:
        validate(obj)
    except ValidationError as e:
        raise e from None


def _encode_generic(m: GenericMessage, hbh: int, e2e: int) -> bytes:
    try:
        body = b"".join(a.encode() for a in m.avps)
        flags = (FLAG_R if m.request else 0) | (FLAG_P if m.proxiable else 0) | (FLAG_E if m.error else 0)
        flags |= FLAG_T if m.retransmit else 0
        # 24-bit fields (RFC 6733 §3): a wider value would spill into the flags or the version
        if not 0 <= m.command_code <= 0xFFFFFF:
            raise EncodeError(f"GenericMessage: command code {m.command_code} does not fit 24 bits")
        n = 20 + len(body)
        if n > 0xFFFFFF:
            raise EncodeError(f"GenericMessage: message of {n} bytes exceeds the 24-bit Message Length")
        return _HDR.pack(0x01000000 | n, flags << 24 | m.command_code, m.application_id, hbh, e2e) + body
    except (struct.error, TypeError, AttributeError) as e:
        raise EncodeError(f"GenericMessage: {e}") from e


DEFAULT_CONVERTER: Final = Converter()


#: Decode one whole Diameter message with the default converter (:meth:`Converter.decode`).
decode: Final = DEFAULT_CONVERTER.decode
#: Encode a message with the default converter (:meth:`Converter.encode`).
encode: Final = DEFAULT_CONVERTER.encode


def header_of(message: Message, converter: Converter | None = None) -> Header:
    """The header ``message`` goes on the wire with: version, length, flags (R, P, E, T),
    command code, Application-Id, Hop-by-Hop and End-to-End identifiers."""
    return peek_header((converter or DEFAULT_CONVERTER).encode(message))


def decode_avp_value(avp: Avp, converter: Converter | None = None) -> Any:
    """The value of a raw AVP, decoded by its definition in the dictionary.

    Grouped AVPs give a tuple of raw :class:`Avp`; an AVP no dictionary knows gives its data.
    """
    conv = converter or DEFAULT_CONVERTER
    d = conv.dictionary.avp(avp.code, avp.vendor)
    if d is None:
        return avp.data
    try:
        if d.format is GROUPED:
            return tuple(a for _, a in iter_avps(avp.data))
        return _codegen.value_decoder(d, conv)(avp.data, 0, len(avp.data), conv.max_depth, conv.strict)
    except DecodeError:
        raise
    except struct.error as e:
        # data of another size than its fixed-size format's: 5014, as in a message
        raise InvalidAvpLength(f"{d.name}: {e}", avp=avp) from None
    except _codegen._VALUE_ERRORS as e:
        raise InvalidAvpValue(f"{d.name}: invalid value: {e}", avp=avp) from None


def encode_avp(definition: AvpDef[Any], value: Any, converter: Converter | None = None) -> Avp:
    """A raw :class:`Avp` holding ``value`` encoded as ``definition`` says."""
    conv = converter or DEFAULT_CONVERTER
    try:
        data = _codegen.value_encoder(definition, conv)(value)
    except EncodeError:
        raise
    except _codegen._ENCODE_ERRORS as e:
        raise EncodeError(f"{definition.name}: {e}") from e
    return Avp(definition.code, data, definition.vendor, definition.flags)
