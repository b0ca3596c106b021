"""Dictionary 'mip4': generated from schemas/mip4.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCT_MULTI_SESSION_ID,
    AUTHORIZATION_LIFETIME,
    AUTH_APPLICATION_ID,
    AUTH_SESSION_STATE,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    ORIGIN_HOST,
    ORIGIN_REALM,
    ORIGIN_STATE_ID,
    PROXY_INFO,
    RESULT_CODE,
    RE_AUTH_REQUEST_TYPE,
    ROUTE_RECORD,
    SESSION_ID,
    USER_NAME,
)
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    ENUMERATED,
    GROUPED,
    IP_FILTER_RULE,
    OCTET_STRING,
    UNSIGNED32,
)

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

# AVPs: name, code, data format, flags that MUST be set, vendor
MIP_REG_REQUEST: Final = AvpDef("MIP-Reg-Request", 320, OCTET_STRING, M)
MIP_REG_REPLY: Final = AvpDef("MIP-Reg-Reply", 321, OCTET_STRING, M)
MIP_MN_AAA_AUTH: Final = AvpDef("MIP-MN-AAA-Auth", 322, GROUPED, M)
MIP_MOBILE_NODE_ADDRESS: Final = AvpDef("MIP-Mobile-Node-Address", 333, ADDRESS, M)
MIP_HOME_AGENT_ADDRESS: Final = AvpDef("MIP-Home-Agent-Address", 334, ADDRESS, M)
MIP_CANDIDATE_HOME_AGENT_HOST: Final = AvpDef("MIP-Candidate-Home-Agent-Host", 336, DIAMETER_IDENTITY, M)
MIP_FEATURE_VECTOR: Final = AvpDef("MIP-Feature-Vector", 337, UNSIGNED32, M)
MIP_AUTH_INPUT_DATA_LENGTH: Final = AvpDef("MIP-Auth-Input-Data-Length", 338, UNSIGNED32, M)
MIP_AUTHENTICATOR_LENGTH: Final = AvpDef("MIP-Authenticator-Length", 339, UNSIGNED32, M)
MIP_AUTHENTICATOR_OFFSET: Final = AvpDef("MIP-Authenticator-Offset", 340, UNSIGNED32, M)
MIP_MN_AAA_SPI: Final = AvpDef("MIP-MN-AAA-SPI", 341, UNSIGNED32, M)
MIP_FILTER_RULE: Final = AvpDef("MIP-Filter-Rule", 342, IP_FILTER_RULE, M)
MIP_FA_CHALLENGE: Final = AvpDef("MIP-FA-Challenge", 344, OCTET_STRING, M)
MIP_ORIGINATING_FOREIGN_AAA: Final = AvpDef("MIP-Originating-Foreign-AAA", 347, GROUPED, M)
MIP_HOME_AGENT_HOST: Final = AvpDef("MIP-Home-Agent-Host", 348, GROUPED, M)
MIP_FA_TO_HA_SPI: Final = AvpDef("MIP-FA-to-HA-SPI", 318, UNSIGNED32, M)
MIP_FA_TO_MN_SPI: Final = AvpDef("MIP-FA-to-MN-SPI", 319, UNSIGNED32, M)
MIP_HA_TO_FA_SPI: Final = AvpDef("MIP-HA-to-FA-SPI", 323, UNSIGNED32, M)
MIP_MN_TO_FA_MSA: Final = AvpDef("MIP-MN-to-FA-MSA", 325, GROUPED, M)
MIP_FA_TO_MN_MSA: Final = AvpDef("MIP-FA-to-MN-MSA", 326, GROUPED, M)
MIP_FA_TO_HA_MSA: Final = AvpDef("MIP-FA-to-HA-MSA", 328, GROUPED, M)
MIP_HA_TO_FA_MSA: Final = AvpDef("MIP-HA-to-FA-MSA", 329, GROUPED, M)
MIP_MN_TO_HA_MSA: Final = AvpDef("MIP-MN-to-HA-MSA", 331, GROUPED, M)
MIP_HA_TO_MN_MSA: Final = AvpDef("MIP-HA-to-MN-MSA", 332, GROUPED, M)
MIP_NONCE: Final = AvpDef("MIP-Nonce", 335, OCTET_STRING, M)
MIP_SESSION_KEY: Final = AvpDef("MIP-Session-Key", 343, OCTET_STRING, M)
MIP_ALGORITHM_TYPE: Final = AvpDef("MIP-Algorithm-Type", 345, ENUMERATED, M)
MIP_REPLAY_MODE: Final = AvpDef("MIP-Replay-Mode", 346, ENUMERATED, M)
MIP_MSA_LIFETIME: Final = AvpDef("MIP-MSA-Lifetime", 367, UNSIGNED32, M)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "MIPFeatureVector": (MIP_FEATURE_VECTOR, "Values of MIP-Feature-Vector.", (("MOBILE_NODE_HOME_ADDRESS_REQUESTED", 1), ("HOME_ADDRESS_ALLOCATABLE_ONLY_IN_HOME_REALM", 2), ("HOME_AGENT_REQUESTED", 4), ("FOREIGN_HOME_AGENT_AVAILABLE", 8), ("MN_HA_KEY_REQUEST", 16), ("MN_FA_KEY_REQUEST", 32), ("FA_HA_KEY_REQUEST", 64), ("HOME_AGENT_IN_FOREIGN_NETWORK", 128), ("CO_LOCATED_MOBILE_NODE", 256),)),
    "MIPAlgorithmType": (MIP_ALGORITHM_TYPE, "Values of MIP-Algorithm-Type.", (("HMAC_SHA_1", 2),)),
    "MIPReplayMode": (MIP_REPLAY_MODE, "Values of MIP-Replay-Mode.", (("NONE", 1), ("TIMESTAMPS", 2), ("NONCES", 3),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "MIPMNAAAAuth": (MIP_MN_AAA_AUTH, """MIP-MN-AAA-Auth ::= < AVP Header: 322 >
         { MIP-MN-AAA-SPI }
         { MIP-Auth-Input-Data-Length }
         { MIP-Authenticator-Length }
         { MIP-Authenticator-Offset }
       * [ AVP ]
    """, (
        ("mip_mn_aaa_spi", "int", MIP_MN_AAA_SPI, 1, 1, False),
        ("mip_auth_input_data_length", "int", MIP_AUTH_INPUT_DATA_LENGTH, 1, 1, False),
        ("mip_authenticator_length", "int", MIP_AUTHENTICATOR_LENGTH, 1, 1, False),
        ("mip_authenticator_offset", "int", MIP_AUTHENTICATOR_OFFSET, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPOriginatingForeignAAA": (MIP_ORIGINATING_FOREIGN_AAA, """MIP-Originating-Foreign-AAA ::= < AVP Header: 347 >
         { Origin-Realm }
         { Origin-Host }
       * [ AVP ]
    """, (
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPHomeAgentHost": (MIP_HOME_AGENT_HOST, """MIP-Home-Agent-Host ::= < AVP Header: 348 >
         { Destination-Realm }
         { Destination-Host }
       * [ AVP ]
    """, (
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPFAToMNMSA": (MIP_FA_TO_MN_MSA, """MIP-FA-to-MN-MSA ::= < AVP Header: 326 >
         { MIP-FA-to-MN-SPI }
         { MIP-Algorithm-Type }
         { MIP-Session-Key }
       * [ AVP ]
    """, (
        ("mip_fa_to_mn_spi", "int", MIP_FA_TO_MN_SPI, 1, 1, False),
        ("mip_algorithm_type", "MIPAlgorithmType | int", MIP_ALGORITHM_TYPE, 1, 1, False),
        ("mip_session_key", "bytes", MIP_SESSION_KEY, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPFAToHAMSA": (MIP_FA_TO_HA_MSA, """MIP-FA-to-HA-MSA ::= < AVP Header: 328 >
         { MIP-FA-to-HA-SPI }
         { MIP-Algorithm-Type }
         { MIP-Session-Key }
       * [ AVP ]
    """, (
        ("mip_fa_to_ha_spi", "int", MIP_FA_TO_HA_SPI, 1, 1, False),
        ("mip_algorithm_type", "MIPAlgorithmType | int", MIP_ALGORITHM_TYPE, 1, 1, False),
        ("mip_session_key", "bytes", MIP_SESSION_KEY, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPHAToFAMSA": (MIP_HA_TO_FA_MSA, """MIP-HA-to-FA-MSA ::= < AVP Header: 329 >
         { MIP-HA-to-FA-SPI }
         { MIP-Algorithm-Type }
         { MIP-Session-Key }
       * [ AVP ]
    """, (
        ("mip_ha_to_fa_spi", "int", MIP_HA_TO_FA_SPI, 1, 1, False),
        ("mip_algorithm_type", "MIPAlgorithmType | int", MIP_ALGORITHM_TYPE, 1, 1, False),
        ("mip_session_key", "bytes", MIP_SESSION_KEY, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPHAToMNMSA": (MIP_HA_TO_MN_MSA, """MIP-HA-to-MN-MSA ::= < AVP Header: 332 >
         { MIP-Algorithm-Type }
         { MIP-Replay-Mode }
         { MIP-Session-Key }
       * [ AVP ]
    """, (
        ("mip_algorithm_type", "MIPAlgorithmType | int", MIP_ALGORITHM_TYPE, 1, 1, False),
        ("mip_replay_mode", "MIPReplayMode | int", MIP_REPLAY_MODE, 1, 1, False),
        ("mip_session_key", "bytes", MIP_SESSION_KEY, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPMNToFAMSA": (MIP_MN_TO_FA_MSA, """MIP-MN-to-FA-MSA ::= < AVP Header: 325 >
         { MIP-Algorithm-Type }
         { MIP-Nonce }
       * [ AVP ]
    """, (
        ("mip_algorithm_type", "MIPAlgorithmType | int", MIP_ALGORITHM_TYPE, 1, 1, False),
        ("mip_nonce", "bytes", MIP_NONCE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPMNToHAMSA": (MIP_MN_TO_HA_MSA, """MIP-MN-to-HA-MSA ::= < AVP Header: 331 >
         { MIP-Algorithm-Type }
         { MIP-Replay-Mode }
         { MIP-Nonce }
       * [ AVP ]
    """, (
        ("mip_algorithm_type", "MIPAlgorithmType | int", MIP_ALGORITHM_TYPE, 1, 1, False),
        ("mip_replay_mode", "MIPReplayMode | int", MIP_REPLAY_MODE, 1, 1, False),
        ("mip_nonce", "bytes", MIP_NONCE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
    "AAMobileNodeRequest": (('AA-Mobile-Node-Request', 260, 2, True, True, False, None, 'AMR', 'AAMobileNodeAnswer'), """<AMR> ::= < Diameter Header: 260, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("mip_reg_request", "bytes", MIP_REG_REQUEST, 1, 1, False),
        ("mip_mn_aaa_auth", "MIPMNAAAAuth", MIP_MN_AAA_AUTH, 1, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("mip_mobile_node_address", "AddressValue | None", MIP_MOBILE_NODE_ADDRESS, 0, 1, False),
        ("mip_home_agent_address", "AddressValue | None", MIP_HOME_AGENT_ADDRESS, 0, 1, False),
        ("mip_feature_vector", "MIPFeatureVector | int | None", MIP_FEATURE_VECTOR, 0, 1, False),
        ("mip_originating_foreign_aaa", "MIPOriginatingForeignAAA | None", MIP_ORIGINATING_FOREIGN_AAA, 0, 1, False),
        ("authorization_lifetime", "int | None", AUTHORIZATION_LIFETIME, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("mip_fa_challenge", "bytes | None", MIP_FA_CHALLENGE, 0, 1, False),
        ("mip_candidate_home_agent_host", "str | None", MIP_CANDIDATE_HOME_AGENT_HOST, 0, 1, False),
        ("mip_home_agent_host", "MIPHomeAgentHost | None", MIP_HOME_AGENT_HOST, 0, 1, False),
        ("mip_ha_to_fa_spi", "int | None", MIP_HA_TO_FA_SPI, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AAMobileNodeAnswer": (('AA-Mobile-Node-Answer', 260, 2, False, True, False, None, 'AMA', None), """<AMA> ::= < Diameter Header: 260, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("authorization_lifetime", "int | None", AUTHORIZATION_LIFETIME, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int | None", RE_AUTH_REQUEST_TYPE, 0, 1, False),
        ("mip_feature_vector", "MIPFeatureVector | int | None", MIP_FEATURE_VECTOR, 0, 1, False),
        ("mip_reg_reply", "bytes | None", MIP_REG_REPLY, 0, 1, False),
        ("mip_mn_to_fa_msa", "MIPMNToFAMSA | None", MIP_MN_TO_FA_MSA, 0, 1, False),
        ("mip_mn_to_ha_msa", "MIPMNToHAMSA | None", MIP_MN_TO_HA_MSA, 0, 1, False),
        ("mip_fa_to_mn_msa", "MIPFAToMNMSA | None", MIP_FA_TO_MN_MSA, 0, 1, False),
        ("mip_fa_to_ha_msa", "MIPFAToHAMSA | None", MIP_FA_TO_HA_MSA, 0, 1, False),
        ("mip_ha_to_mn_msa", "MIPHAToMNMSA | None", MIP_HA_TO_MN_MSA, 0, 1, False),
        ("mip_msa_lifetime", "int | None", MIP_MSA_LIFETIME, 0, 1, False),
        ("mip_home_agent_address", "AddressValue | None", MIP_HOME_AGENT_ADDRESS, 0, 1, False),
        ("mip_mobile_node_address", "AddressValue | None", MIP_MOBILE_NODE_ADDRESS, 0, 1, False),
        ("mip_filter_rule", "tuple[IPFilterRule, ...]", MIP_FILTER_RULE, 0, None, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HomeAgentMIPRequest": (('Home-Agent-MIP-Request', 262, 2, True, True, False, None, 'HAR', 'HomeAgentMIPAnswer'), """<HAR> ::= < Diameter Header: 262, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("authorization_lifetime", "int", AUTHORIZATION_LIFETIME, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("mip_reg_request", "bytes", MIP_REG_REQUEST, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("mip_feature_vector", "MIPFeatureVector | int", MIP_FEATURE_VECTOR, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("mip_mn_to_ha_msa", "MIPMNToHAMSA | None", MIP_MN_TO_HA_MSA, 0, 1, False),
        ("mip_mn_to_fa_msa", "MIPMNToFAMSA | None", MIP_MN_TO_FA_MSA, 0, 1, False),
        ("mip_ha_to_mn_msa", "MIPHAToMNMSA | None", MIP_HA_TO_MN_MSA, 0, 1, False),
        ("mip_ha_to_fa_msa", "MIPHAToFAMSA | None", MIP_HA_TO_FA_MSA, 0, 1, False),
        ("mip_msa_lifetime", "int | None", MIP_MSA_LIFETIME, 0, 1, False),
        ("mip_originating_foreign_aaa", "MIPOriginatingForeignAAA | None", MIP_ORIGINATING_FOREIGN_AAA, 0, 1, False),
        ("mip_mobile_node_address", "AddressValue | None", MIP_MOBILE_NODE_ADDRESS, 0, 1, False),
        ("mip_home_agent_address", "AddressValue | None", MIP_HOME_AGENT_ADDRESS, 0, 1, False),
        ("mip_filter_rule", "tuple[IPFilterRule, ...]", MIP_FILTER_RULE, 0, None, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HomeAgentMIPAnswer": (('Home-Agent-MIP-Answer', 262, 2, False, True, False, None, 'HAA', None), """<HAA> ::= < Diameter Header: 262, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("mip_reg_reply", "bytes | None", MIP_REG_REPLY, 0, 1, False),
        ("mip_home_agent_address", "AddressValue | None", MIP_HOME_AGENT_ADDRESS, 0, 1, False),
        ("mip_mobile_node_address", "AddressValue | None", MIP_MOBILE_NODE_ADDRESS, 0, 1, False),
        ("mip_fa_to_ha_spi", "int | None", MIP_FA_TO_HA_SPI, 0, 1, False),
        ("mip_fa_to_mn_spi", "int | None", MIP_FA_TO_MN_SPI, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AddressValue": "diameter.types",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "IPFilterRule": "diameter.types",
    "ProxyInfo": "diameter.apps.base",
    "ReAuthRequestType": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
