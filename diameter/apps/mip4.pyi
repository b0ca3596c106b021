"""Dictionary 'mip4': generated from schemas/mip4.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCT_MULTI_SESSION_ID,
    AUTHORIZATION_LIFETIME,
    AUTH_APPLICATION_ID,
    AUTH_SESSION_STATE,
    AuthSessionState as AuthSessionState,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    ORIGIN_HOST,
    ORIGIN_REALM,
    ORIGIN_STATE_ID,
    PROXY_INFO,
    ProxyInfo as ProxyInfo,
    RESULT_CODE,
    RE_AUTH_REQUEST_TYPE,
    ROUTE_RECORD,
    ReAuthRequestType as ReAuthRequestType,
    ResultCode as ResultCode,
    SESSION_ID,
    USER_NAME,
)
from diameter.schema import AVP, Answer, AvpDef, M, Request, avp, command, grouped, repeated
from diameter.types import (
    ADDRESS,
    AddressValue as AddressValue,
    DIAMETER_IDENTITY,
    ENUMERATED,
    GROUPED,
    IPFilterRule as IPFilterRule,
    IP_FILTER_RULE,
    OCTET_STRING,
    UNSIGNED32,
)
from diameter.wire import Avp

__all__ = [
    "MIPFeatureVector",
    "MIPAlgorithmType",
    "MIPReplayMode",
    "MIP_REG_REQUEST",
    "MIP_REG_REPLY",
    "MIP_MN_AAA_AUTH",
    "MIP_MOBILE_NODE_ADDRESS",
    "MIP_HOME_AGENT_ADDRESS",
    "MIP_CANDIDATE_HOME_AGENT_HOST",
    "MIP_FEATURE_VECTOR",
    "MIP_AUTH_INPUT_DATA_LENGTH",
    "MIP_AUTHENTICATOR_LENGTH",
    "MIP_AUTHENTICATOR_OFFSET",
    "MIP_MN_AAA_SPI",
    "MIP_FILTER_RULE",
    "MIP_FA_CHALLENGE",
    "MIP_ORIGINATING_FOREIGN_AAA",
    "MIP_HOME_AGENT_HOST",
    "MIP_FA_TO_HA_SPI",
    "MIP_FA_TO_MN_SPI",
    "MIP_HA_TO_FA_SPI",
    "MIP_MN_TO_FA_MSA",
    "MIP_FA_TO_MN_MSA",
    "MIP_FA_TO_HA_MSA",
    "MIP_HA_TO_FA_MSA",
    "MIP_MN_TO_HA_MSA",
    "MIP_HA_TO_MN_MSA",
    "MIP_NONCE",
    "MIP_SESSION_KEY",
    "MIP_ALGORITHM_TYPE",
    "MIP_REPLAY_MODE",
    "MIP_MSA_LIFETIME",
    "MIPMNAAAAuth",
    "MIPOriginatingForeignAAA",
    "MIPHomeAgentHost",
    "MIPFAToMNMSA",
    "MIPFAToHAMSA",
    "MIPHAToFAMSA",
    "MIPHAToMNMSA",
    "MIPMNToFAMSA",
    "MIPMNToHAMSA",
    "AAMobileNodeRequest",
    "AMR",
    "AAMobileNodeAnswer",
    "AMA",
    "HomeAgentMIPRequest",
    "HAR",
    "HomeAgentMIPAnswer",
    "HAA",
]


class MIPFeatureVector(IntEnum):
    """Values of MIP-Feature-Vector."""

    MOBILE_NODE_HOME_ADDRESS_REQUESTED = 1
    HOME_ADDRESS_ALLOCATABLE_ONLY_IN_HOME_REALM = 2
    HOME_AGENT_REQUESTED = 4
    FOREIGN_HOME_AGENT_AVAILABLE = 8
    MN_HA_KEY_REQUEST = 16
    MN_FA_KEY_REQUEST = 32
    FA_HA_KEY_REQUEST = 64
    HOME_AGENT_IN_FOREIGN_NETWORK = 128
    CO_LOCATED_MOBILE_NODE = 256


class MIPAlgorithmType(IntEnum):
    """Values of MIP-Algorithm-Type."""

    HMAC_SHA_1 = 2


class MIPReplayMode(IntEnum):
    """Values of MIP-Replay-Mode."""

    NONE = 1
    TIMESTAMPS = 2
    NONCES = 3


# AVPs: name, code, data format, flags that MUST be set, vendor
MIP_REG_REQUEST: Final[AvpDef[bytes]] = AvpDef("MIP-Reg-Request", 320, OCTET_STRING, M)
MIP_REG_REPLY: Final[AvpDef[bytes]] = AvpDef("MIP-Reg-Reply", 321, OCTET_STRING, M)
MIP_MN_AAA_AUTH: Final[AvpDef[MIPMNAAAAuth]] = AvpDef("MIP-MN-AAA-Auth", 322, GROUPED, M)
MIP_MOBILE_NODE_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("MIP-Mobile-Node-Address", 333, ADDRESS, M)
MIP_HOME_AGENT_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("MIP-Home-Agent-Address", 334, ADDRESS, M)
MIP_CANDIDATE_HOME_AGENT_HOST: Final[AvpDef[str]] = AvpDef("MIP-Candidate-Home-Agent-Host", 336, DIAMETER_IDENTITY, M)
MIP_FEATURE_VECTOR: Final[AvpDef[int]] = AvpDef("MIP-Feature-Vector", 337, UNSIGNED32, M, enum=MIPFeatureVector)
MIP_AUTH_INPUT_DATA_LENGTH: Final[AvpDef[int]] = AvpDef("MIP-Auth-Input-Data-Length", 338, UNSIGNED32, M)
MIP_AUTHENTICATOR_LENGTH: Final[AvpDef[int]] = AvpDef("MIP-Authenticator-Length", 339, UNSIGNED32, M)
MIP_AUTHENTICATOR_OFFSET: Final[AvpDef[int]] = AvpDef("MIP-Authenticator-Offset", 340, UNSIGNED32, M)
MIP_MN_AAA_SPI: Final[AvpDef[int]] = AvpDef("MIP-MN-AAA-SPI", 341, UNSIGNED32, M)
MIP_FILTER_RULE: Final[AvpDef[IPFilterRule]] = AvpDef("MIP-Filter-Rule", 342, IP_FILTER_RULE, M)
MIP_FA_CHALLENGE: Final[AvpDef[bytes]] = AvpDef("MIP-FA-Challenge", 344, OCTET_STRING, M)
MIP_ORIGINATING_FOREIGN_AAA: Final[AvpDef[MIPOriginatingForeignAAA]] = AvpDef("MIP-Originating-Foreign-AAA", 347, GROUPED, M)
MIP_HOME_AGENT_HOST: Final[AvpDef[MIPHomeAgentHost]] = AvpDef("MIP-Home-Agent-Host", 348, GROUPED, M)
MIP_FA_TO_HA_SPI: Final[AvpDef[int]] = AvpDef("MIP-FA-to-HA-SPI", 318, UNSIGNED32, M)
MIP_FA_TO_MN_SPI: Final[AvpDef[int]] = AvpDef("MIP-FA-to-MN-SPI", 319, UNSIGNED32, M)
MIP_HA_TO_FA_SPI: Final[AvpDef[int]] = AvpDef("MIP-HA-to-FA-SPI", 323, UNSIGNED32, M)
MIP_MN_TO_FA_MSA: Final[AvpDef[MIPMNToFAMSA]] = AvpDef("MIP-MN-to-FA-MSA", 325, GROUPED, M)
MIP_FA_TO_MN_MSA: Final[AvpDef[MIPFAToMNMSA]] = AvpDef("MIP-FA-to-MN-MSA", 326, GROUPED, M)
MIP_FA_TO_HA_MSA: Final[AvpDef[MIPFAToHAMSA]] = AvpDef("MIP-FA-to-HA-MSA", 328, GROUPED, M)
MIP_HA_TO_FA_MSA: Final[AvpDef[MIPHAToFAMSA]] = AvpDef("MIP-HA-to-FA-MSA", 329, GROUPED, M)
MIP_MN_TO_HA_MSA: Final[AvpDef[MIPMNToHAMSA]] = AvpDef("MIP-MN-to-HA-MSA", 331, GROUPED, M)
MIP_HA_TO_MN_MSA: Final[AvpDef[MIPHAToMNMSA]] = AvpDef("MIP-HA-to-MN-MSA", 332, GROUPED, M)
MIP_NONCE: Final[AvpDef[bytes]] = AvpDef("MIP-Nonce", 335, OCTET_STRING, M)
MIP_SESSION_KEY: Final[AvpDef[bytes]] = AvpDef("MIP-Session-Key", 343, OCTET_STRING, M)
MIP_ALGORITHM_TYPE: Final[AvpDef[int]] = AvpDef("MIP-Algorithm-Type", 345, ENUMERATED, M, enum=MIPAlgorithmType)
MIP_REPLAY_MODE: Final[AvpDef[int]] = AvpDef("MIP-Replay-Mode", 346, ENUMERATED, M, enum=MIPReplayMode)
MIP_MSA_LIFETIME: Final[AvpDef[int]] = AvpDef("MIP-MSA-Lifetime", 367, UNSIGNED32, M)


@grouped(MIP_MN_AAA_AUTH)
class MIPMNAAAAuth:
    """MIP-MN-AAA-Auth ::= < AVP Header: 322 >
         { MIP-MN-AAA-SPI }
         { MIP-Auth-Input-Data-Length }
         { MIP-Authenticator-Length }
         { MIP-Authenticator-Offset }
       * [ AVP ]
    """

    mip_mn_aaa_spi: int = avp(MIP_MN_AAA_SPI)
    mip_auth_input_data_length: int = avp(MIP_AUTH_INPUT_DATA_LENGTH)
    mip_authenticator_length: int = avp(MIP_AUTHENTICATOR_LENGTH)
    mip_authenticator_offset: int = avp(MIP_AUTHENTICATOR_OFFSET)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_ORIGINATING_FOREIGN_AAA)
class MIPOriginatingForeignAAA:
    """MIP-Originating-Foreign-AAA ::= < AVP Header: 347 >
         { Origin-Realm }
         { Origin-Host }
       * [ AVP ]
    """

    origin_realm: str = avp(ORIGIN_REALM)
    origin_host: str = avp(ORIGIN_HOST)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_HOME_AGENT_HOST)
class MIPHomeAgentHost:
    """MIP-Home-Agent-Host ::= < AVP Header: 348 >
         { Destination-Realm }
         { Destination-Host }
       * [ AVP ]
    """

    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_FA_TO_MN_MSA)
class MIPFAToMNMSA:
    """MIP-FA-to-MN-MSA ::= < AVP Header: 326 >
         { MIP-FA-to-MN-SPI }
         { MIP-Algorithm-Type }
         { MIP-Session-Key }
       * [ AVP ]
    """

    mip_fa_to_mn_spi: int = avp(MIP_FA_TO_MN_SPI)
    mip_algorithm_type: MIPAlgorithmType | int = avp(MIP_ALGORITHM_TYPE)
    mip_session_key: bytes = avp(MIP_SESSION_KEY)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_FA_TO_HA_MSA)
class MIPFAToHAMSA:
    """MIP-FA-to-HA-MSA ::= < AVP Header: 328 >
         { MIP-FA-to-HA-SPI }
         { MIP-Algorithm-Type }
         { MIP-Session-Key }
       * [ AVP ]
    """

    mip_fa_to_ha_spi: int = avp(MIP_FA_TO_HA_SPI)
    mip_algorithm_type: MIPAlgorithmType | int = avp(MIP_ALGORITHM_TYPE)
    mip_session_key: bytes = avp(MIP_SESSION_KEY)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_HA_TO_FA_MSA)
class MIPHAToFAMSA:
    """MIP-HA-to-FA-MSA ::= < AVP Header: 329 >
         { MIP-HA-to-FA-SPI }
         { MIP-Algorithm-Type }
         { MIP-Session-Key }
       * [ AVP ]
    """

    mip_ha_to_fa_spi: int = avp(MIP_HA_TO_FA_SPI)
    mip_algorithm_type: MIPAlgorithmType | int = avp(MIP_ALGORITHM_TYPE)
    mip_session_key: bytes = avp(MIP_SESSION_KEY)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_HA_TO_MN_MSA)
class MIPHAToMNMSA:
    """MIP-HA-to-MN-MSA ::= < AVP Header: 332 >
         { MIP-Algorithm-Type }
         { MIP-Replay-Mode }
         { MIP-Session-Key }
       * [ AVP ]
    """

    mip_algorithm_type: MIPAlgorithmType | int = avp(MIP_ALGORITHM_TYPE)
    mip_replay_mode: MIPReplayMode | int = avp(MIP_REPLAY_MODE)
    mip_session_key: bytes = avp(MIP_SESSION_KEY)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_MN_TO_FA_MSA)
class MIPMNToFAMSA:
    """MIP-MN-to-FA-MSA ::= < AVP Header: 325 >
         { MIP-Algorithm-Type }
         { MIP-Nonce }
       * [ AVP ]
    """

    mip_algorithm_type: MIPAlgorithmType | int = avp(MIP_ALGORITHM_TYPE)
    mip_nonce: bytes = avp(MIP_NONCE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_MN_TO_HA_MSA)
class MIPMNToHAMSA:
    """MIP-MN-to-HA-MSA ::= < AVP Header: 331 >
         { MIP-Algorithm-Type }
         { MIP-Replay-Mode }
         { MIP-Nonce }
       * [ AVP ]
    """

    mip_algorithm_type: MIPAlgorithmType | int = avp(MIP_ALGORITHM_TYPE)
    mip_replay_mode: MIPReplayMode | int = avp(MIP_REPLAY_MODE)
    mip_nonce: bytes = avp(MIP_NONCE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@command("AA-Mobile-Node-Request", code=260, application_id=2, request=True, proxiable=True, alias="AMR")
class AAMobileNodeRequest(Request["AAMobileNodeAnswer"]):
    """<AMR> ::= < Diameter Header: 260, REQ, PXY >
         < Session-Id >
         { Auth-Application-Id }
         { User-Name }
         { Destination-Realm }
         { Origin-Host }
         { Origin-Realm }
         { MIP-Reg-Request }
         { MIP-MN-AAA-Auth }
         [ Acct-Multi-Session-Id ]
         [ Destination-Host ]
         [ Origin-State-Id ]
         [ MIP-Mobile-Node-Address ]
         [ MIP-Home-Agent-Address ]
         [ MIP-Feature-Vector ]
         [ MIP-Originating-Foreign-AAA ]
         [ Authorization-Lifetime ]
         [ Auth-Session-State ]
         [ MIP-FA-Challenge ]
         [ MIP-Candidate-Home-Agent-Host ]
         [ MIP-Home-Agent-Host ]
         [ MIP-HA-to-FA-SPI ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    user_name: str = avp(USER_NAME)
    destination_realm: str = avp(DESTINATION_REALM)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    mip_reg_request: bytes = avp(MIP_REG_REQUEST)
    mip_mn_aaa_auth: MIPMNAAAAuth = avp(MIP_MN_AAA_AUTH)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    mip_mobile_node_address: AddressValue | None = avp(MIP_MOBILE_NODE_ADDRESS, default=None)
    mip_home_agent_address: AddressValue | None = avp(MIP_HOME_AGENT_ADDRESS, default=None)
    mip_feature_vector: MIPFeatureVector | int | None = avp(MIP_FEATURE_VECTOR, default=None)
    mip_originating_foreign_aaa: MIPOriginatingForeignAAA | None = avp(MIP_ORIGINATING_FOREIGN_AAA, default=None)
    authorization_lifetime: int | None = avp(AUTHORIZATION_LIFETIME, default=None)
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    mip_fa_challenge: bytes | None = avp(MIP_FA_CHALLENGE, default=None)
    mip_candidate_home_agent_host: str | None = avp(MIP_CANDIDATE_HOME_AGENT_HOST, default=None)
    mip_home_agent_host: MIPHomeAgentHost | None = avp(MIP_HOME_AGENT_HOST, default=None)
    mip_ha_to_fa_spi: int | None = avp(MIP_HA_TO_FA_SPI, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AMR = AAMobileNodeRequest


@command("AA-Mobile-Node-Answer", code=260, application_id=2, request=False, proxiable=True, alias="AMA")
class AAMobileNodeAnswer(Answer):
    """<AMA> ::= < Diameter Header: 260, PXY >
         < Session-Id >
         { Auth-Application-Id }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ Acct-Multi-Session-Id ]
         [ User-Name ]
         [ Authorization-Lifetime ]
         [ Auth-Session-State ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Re-Auth-Request-Type ]
         [ MIP-Feature-Vector ]
         [ MIP-Reg-Reply ]
         [ MIP-MN-to-FA-MSA ]
         [ MIP-MN-to-HA-MSA ]
         [ MIP-FA-to-MN-MSA ]
         [ MIP-FA-to-HA-MSA ]
         [ MIP-HA-to-MN-MSA ]
         [ MIP-MSA-Lifetime ]
         [ MIP-Home-Agent-Address ]
         [ MIP-Mobile-Node-Address ]
       * [ MIP-Filter-Rule ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    authorization_lifetime: int | None = avp(AUTHORIZATION_LIFETIME, default=None)
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    re_auth_request_type: ReAuthRequestType | int | None = avp(RE_AUTH_REQUEST_TYPE, default=None)
    mip_feature_vector: MIPFeatureVector | int | None = avp(MIP_FEATURE_VECTOR, default=None)
    mip_reg_reply: bytes | None = avp(MIP_REG_REPLY, default=None)
    mip_mn_to_fa_msa: MIPMNToFAMSA | None = avp(MIP_MN_TO_FA_MSA, default=None)
    mip_mn_to_ha_msa: MIPMNToHAMSA | None = avp(MIP_MN_TO_HA_MSA, default=None)
    mip_fa_to_mn_msa: MIPFAToMNMSA | None = avp(MIP_FA_TO_MN_MSA, default=None)
    mip_fa_to_ha_msa: MIPFAToHAMSA | None = avp(MIP_FA_TO_HA_MSA, default=None)
    mip_ha_to_mn_msa: MIPHAToMNMSA | None = avp(MIP_HA_TO_MN_MSA, default=None)
    mip_msa_lifetime: int | None = avp(MIP_MSA_LIFETIME, default=None)
    mip_home_agent_address: AddressValue | None = avp(MIP_HOME_AGENT_ADDRESS, default=None)
    mip_mobile_node_address: AddressValue | None = avp(MIP_MOBILE_NODE_ADDRESS, default=None)
    mip_filter_rule: tuple[IPFilterRule, ...] = repeated(MIP_FILTER_RULE, default=())
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AMA = AAMobileNodeAnswer


@command("Home-Agent-MIP-Request", code=262, application_id=2, request=True, proxiable=True, alias="HAR")
class HomeAgentMIPRequest(Request["HomeAgentMIPAnswer"]):
    """<HAR> ::= < Diameter Header: 262, REQ, PXY >
         < Session-Id >
         { Auth-Application-Id }
         { Authorization-Lifetime }
         { Auth-Session-State }
         { MIP-Reg-Request }
         { Origin-Host }
         { Origin-Realm }
         { User-Name }
         { Destination-Realm }
         { MIP-Feature-Vector }
         [ Destination-Host ]
         [ MIP-MN-to-HA-MSA ]
         [ MIP-MN-to-FA-MSA ]
         [ MIP-HA-to-MN-MSA ]
         [ MIP-HA-to-FA-MSA ]
         [ MIP-MSA-Lifetime ]
         [ MIP-Originating-Foreign-AAA ]
         [ MIP-Mobile-Node-Address ]
         [ MIP-Home-Agent-Address ]
       * [ MIP-Filter-Rule ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    authorization_lifetime: int = avp(AUTHORIZATION_LIFETIME)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    mip_reg_request: bytes = avp(MIP_REG_REQUEST)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str = avp(USER_NAME)
    destination_realm: str = avp(DESTINATION_REALM)
    mip_feature_vector: MIPFeatureVector | int = avp(MIP_FEATURE_VECTOR)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    mip_mn_to_ha_msa: MIPMNToHAMSA | None = avp(MIP_MN_TO_HA_MSA, default=None)
    mip_mn_to_fa_msa: MIPMNToFAMSA | None = avp(MIP_MN_TO_FA_MSA, default=None)
    mip_ha_to_mn_msa: MIPHAToMNMSA | None = avp(MIP_HA_TO_MN_MSA, default=None)
    mip_ha_to_fa_msa: MIPHAToFAMSA | None = avp(MIP_HA_TO_FA_MSA, default=None)
    mip_msa_lifetime: int | None = avp(MIP_MSA_LIFETIME, default=None)
    mip_originating_foreign_aaa: MIPOriginatingForeignAAA | None = avp(MIP_ORIGINATING_FOREIGN_AAA, default=None)
    mip_mobile_node_address: AddressValue | None = avp(MIP_MOBILE_NODE_ADDRESS, default=None)
    mip_home_agent_address: AddressValue | None = avp(MIP_HOME_AGENT_ADDRESS, default=None)
    mip_filter_rule: tuple[IPFilterRule, ...] = repeated(MIP_FILTER_RULE, default=())
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


HAR = HomeAgentMIPRequest


@command("Home-Agent-MIP-Answer", code=262, application_id=2, request=False, proxiable=True, alias="HAA")
class HomeAgentMIPAnswer(Answer):
    """<HAA> ::= < Diameter Header: 262, PXY >
         < Session-Id >
         { Auth-Application-Id }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ Acct-Multi-Session-Id ]
         [ User-Name ]
         [ Error-Reporting-Host ]
         [ Error-Message ]
         [ MIP-Reg-Reply ]
         [ MIP-Home-Agent-Address ]
         [ MIP-Mobile-Node-Address ]
         [ MIP-FA-to-HA-SPI ]
         [ MIP-FA-to-MN-SPI ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    mip_reg_reply: bytes | None = avp(MIP_REG_REPLY, default=None)
    mip_home_agent_address: AddressValue | None = avp(MIP_HOME_AGENT_ADDRESS, default=None)
    mip_mobile_node_address: AddressValue | None = avp(MIP_MOBILE_NODE_ADDRESS, default=None)
    mip_fa_to_ha_spi: int | None = avp(MIP_FA_TO_HA_SPI, default=None)
    mip_fa_to_mn_spi: int | None = avp(MIP_FA_TO_MN_SPI, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


HAA = HomeAgentMIPAnswer
