"""The pure parsers, fed verbatim kernel text from tests/fixtures/<case>/."""

import json
from pathlib import Path

import pytest

from jupyterlab_isolation_info.collector import parse

FIXTURES = Path(__file__).parent / "fixtures"
DOCKER_DEFAULT_MASK = "00000000a80425fb"


def fixture(case: str, name: str) -> str:
    return (FIXTURES / case / name).read_text()


class TestIdMap:
    @pytest.mark.parametrize(
        ("case", "uid", "gid", "remapped", "host_uid", "host_gid"),
        [
            ("host-root", 0, 0, False, 0, 0),
            ("docker-root-seccomp", 0, 0, False, 0, 0),
            ("studio-sagemaker-user", 1000, 100, True, 200001, 200001),
            ("studio-root-remapped", 0, 0, True, 100000, 100000),
        ],
    )
    def test_host_ids_are_the_kernels_arithmetic(
        self, case, uid, gid, remapped, host_uid, host_gid
    ):
        uid_map = parse.parse_id_map(fixture(case, "uid_map"))
        gid_map = parse.parse_id_map(fixture(case, "gid_map"))
        assert (not parse.is_identity_map(uid_map)) is remapped
        assert parse.map_to_host(uid, uid_map) == host_uid
        assert parse.map_to_host(gid, gid_map) == host_gid

    def test_studio_map_lines_are_read_in_order(self):
        assert parse.parse_id_map(fixture("studio-sagemaker-user", "uid_map")) == [
            {"inside": 0, "outside": 100000, "count": 1000},
            {"inside": 1000, "outside": 200001, "count": 1},
            {"inside": 1001, "outside": 101001, "count": 64535},
        ]

    @pytest.mark.parametrize(
        ("inside", "host"),
        [
            (0, 100000),
            (999, 100999),  # last id of the first range
            (1000, 200001),  # the one-id range
            (1001, 101001),
            (65535, 165535),  # last mapped id
            (65536, None),  # beyond every range: unmapped
            (None, None),
        ],
    )
    def test_range_edges(self, inside, host):
        lines = parse.parse_id_map(fixture("studio-sagemaker-user", "uid_map"))
        assert parse.map_to_host(inside, lines) == host

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("", []),  # a namespace whose map was never written
            ("\n", []),
            ("         0          0 4294967295\n", parse.IDENTITY_MAP),
            ("0 1000 1", [{"inside": 0, "outside": 1000, "count": 1}]),
        ],
    )
    def test_valid_maps(self, text, expected):
        assert parse.parse_id_map(text) == expected

    @pytest.mark.parametrize("text", ["garbage", "0 0", "0 0 1 2", "-1 0 1", "0 x 1", "\x00\x01"])
    def test_garbage_raises_naming_the_line(self, text):
        with pytest.raises(ValueError, match="Unexpected id map line"):
            parse.parse_id_map(text)

    def test_a_one_line_map_that_is_not_the_full_range_is_remapping(self):
        assert not parse.is_identity_map([{"inside": 0, "outside": 0, "count": 65536}])


class TestStatus:
    @pytest.mark.parametrize(
        ("case", "effective", "bounding_mask", "no_new_privs", "seccomp"),
        [
            ("host-root", "000001fffeffffff", "000001fffeffffff", "0", "disabled"),
            ("docker-root-seccomp", DOCKER_DEFAULT_MASK, DOCKER_DEFAULT_MASK, "1", "filter"),
            ("studio-sagemaker-user", "0000000000000000", DOCKER_DEFAULT_MASK, "0", "disabled"),
            ("studio-root-remapped", DOCKER_DEFAULT_MASK, DOCKER_DEFAULT_MASK, "0", "disabled"),
        ],
    )
    def test_capability_lines(self, case, effective, bounding_mask, no_new_privs, seccomp):
        status = parse.parse_status(fixture(case, "status"))
        assert status["CapEff"] == effective
        assert status["CapBnd"] == bounding_mask
        assert status["NoNewPrivs"] == no_new_privs
        assert parse.parse_seccomp(status["Seccomp"]) == seccomp

    def test_uid_line_has_four_ids(self):
        status = parse.parse_status(fixture("studio-sagemaker-user", "status"))
        assert parse.status_ids(status["Uid"]) == [1000, 1000, 1000, 1000]
        assert parse.status_ids(status["Gid"]) == [100, 100, 100, 100]

    @pytest.mark.parametrize("value", ["0 0", "a b c d", ""])
    def test_odd_uid_line_raises(self, value):
        with pytest.raises(ValueError, match="Unexpected id line"):
            parse.status_ids(value)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [("0", "disabled"), ("1", "strict"), ("2", "filter"), ("7", None), (None, None)],
    )
    def test_seccomp_modes(self, value, expected):
        assert parse.parse_seccomp(value) == expected


class TestCapabilities:
    def test_docker_default_mask_decodes_to_dockers_fourteen(self):
        names = parse.decode_capabilities(DOCKER_DEFAULT_MASK)
        assert set(names) == parse.DOCKER_DEFAULT_CAPABILITIES
        assert len(names) == 14
        assert parse.beyond_docker_default(names) == []

    def test_host_root_bounding_set_is_everything_but_sys_resource(self):
        names = parse.decode_capabilities(
            parse.parse_status(fixture("host-root", "status"))["CapBnd"]
        )
        assert fixture("host-root", "cap_last_cap").strip() == "40"
        assert len(names) == 40
        assert "CAP_SYS_RESOURCE" not in names
        assert names[-1] == "CAP_CHECKPOINT_RESTORE"
        assert "CAP_SYS_ADMIN" in parse.beyond_docker_default(names)

    @pytest.mark.parametrize(
        ("mask", "expected"),
        [
            ("0000000000000000", []),
            ("0000000000200000", ["CAP_SYS_ADMIN"]),  # bit 21
            ("0001000000000001", ["CAP_CHOWN", "CAP_48"]),  # unknown bit kept as a number
            ("8000000000000000", ["CAP_63"]),
        ],
    )
    def test_masks(self, mask, expected):
        assert parse.decode_capabilities(mask) == expected

    @pytest.mark.parametrize("mask", ["", "zz", "-1"])
    def test_bad_mask_raises(self, mask):
        with pytest.raises(ValueError, match="Unexpected capability mask"):
            parse.decode_capabilities(mask)

    def test_beyond_docker_default_is_sorted(self):
        assert parse.beyond_docker_default(["CAP_SYS_ADMIN", "CAP_CHOWN", "CAP_BPF"]) == [
            "CAP_BPF",
            "CAP_SYS_ADMIN",
        ]


class TestMountinfo:
    def test_host_mountinfo_parses_every_line(self):
        text = fixture("host-root", "mountinfo")
        mounts = parse.parse_mountinfo(text)
        assert len(mounts) == len(text.splitlines())
        root = parse.mount_for_path(mounts, "/")
        assert root["filesystem"] == "ext4"
        assert not parse.is_read_only(root)

    def test_studio_home_is_efs_over_nfs4(self):
        mounts = parse.parse_mountinfo(fixture("studio-sagemaker-user", "mountinfo"))
        home = parse.mount_for_path(mounts, "/home/sagemaker-user/notebooks/a.ipynb")
        assert home["filesystem"] == "nfs4"
        assert home["mount_source"] == "fs-0123456789abcdef0.efs.us-east-1.amazonaws.com:/200001"
        assert "addr=10.0.45.67" in home["super_options"]

    def test_metadata_bind_is_read_only_per_mount(self):
        mounts = parse.parse_mountinfo(fixture("studio-sagemaker-user", "mountinfo"))
        metadata = parse.mount_for_path(mounts, "/opt/ml/metadata/resource-metadata.json")
        assert metadata["mount_point"] == "/opt/ml/metadata"
        assert metadata["mount_options"][0] == "ro"
        assert "rw" in metadata["super_options"]  # the file system itself is rw; the bind is not
        assert parse.is_read_only(metadata)

    def test_fields_follow_proc5(self):
        mounts = parse.parse_mountinfo(fixture("studio-sagemaker-user", "mountinfo"))
        root = mounts[0]
        assert root["mount_id"] == 1180
        assert root["parent_id"] == 1052
        assert root["major_minor"] == "0:158"
        assert root["optional_fields"] == ["master:562"]
        assert root["filesystem"] == "overlay"

    def test_octal_escapes_are_decoded(self):
        mounts = parse.parse_mountinfo(fixture("studio-sagemaker-user", "mountinfo"))
        assert parse.mount_for_path(mounts, "/mnt/shared files/x")["root"].endswith("/shared files")

    @pytest.mark.parametrize(
        ("path", "mount_point"),
        [
            ("/", "/"),
            ("/tmp", "/"),  # no /tmp mount in the Studio fixture: on the root overlay
            ("/home/sagemaker-user", "/home/sagemaker-user"),
            ("/home/sagemaker-user-2", "/"),  # a prefix of the name is not a parent directory
            ("/proc/acpi/x", "/proc/acpi"),
            ("/proc/1/status", "/proc"),
        ],
    )
    def test_longest_mount_point_wins(self, path, mount_point):
        mounts = parse.parse_mountinfo(fixture("studio-sagemaker-user", "mountinfo"))
        assert parse.mount_for_path(mounts, path)["mount_point"] == mount_point

    def test_a_later_mount_on_the_same_point_wins(self):
        text = (
            "1 0 8:1 / / rw - ext4 /dev/sda1 rw\n"
            "2 1 0:5 / /tmp rw - ext4 /dev/sda1 rw\n"
            "3 2 0:6 / /tmp ro - tmpfs tmpfs ro\n"
        )
        assert parse.mount_for_path(parse.parse_mountinfo(text), "/tmp")["filesystem"] == "tmpfs"

    def test_nfs_addresses_are_the_efs_mount_targets(self):
        mounts = parse.parse_mountinfo(fixture("studio-sagemaker-user", "mountinfo"))
        assert parse.nfs_addresses(mounts) == [
            {
                "address": "10.0.45.67",
                "mount_point": "/home/sagemaker-user",
                "mount_source": "fs-0123456789abcdef0.efs.us-east-1.amazonaws.com:/200001",
            }
        ]
        assert parse.nfs_addresses(parse.parse_mountinfo(fixture("host-root", "mountinfo"))) == []

    @pytest.mark.parametrize(
        "text",
        [
            "garbage",
            "1 2 3 4 5 6",  # no separator
            "x 0 8:1 / / rw - ext4 /dev/sda1 rw",  # mount id not a number
            "1 0 8:1 / / rw -",  # nothing after the separator
        ],
    )
    def test_odd_lines_raise_naming_the_line(self, text):
        with pytest.raises(ValueError, match="Unexpected mountinfo line"):
            parse.parse_mountinfo(text)


class TestMetadata:
    def test_fields_are_kept_exactly_including_unknown_and_nested(self):
        data = (FIXTURES / "studio-sagemaker-user" / "metadata.json").read_bytes()
        fields, notes, repeated = parse.parse_metadata(data)
        assert (notes, repeated) == ([], [])
        assert fields["AppType"] == "JupyterLab"
        assert fields["SpaceSettings"] == {"AppType": "JupyterLab", "EbsVolumeSizeInGb": 5}
        assert fields["AppImageVersion"] == ""

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"", "empty"),
            (b"  \n", "empty"),
            (b'{"AppType": "JupyterLab", "DomainId": "d-', "not valid JSON"),
            (b'{"AppType": "\xff\xfe"}', "not UTF-8"),
            (b'["JupyterLab"]', "an array"),
            (b'"JupyterLab"', "a string"),
            (b"42", "a number"),
            (b"null", "null"),
            (b'{"n": ' + b"1" * 5000 + b"}", "cannot be read as JSON"),  # int digit limit
            (b"[" * 100000, "nests deeper than 64 levels"),
            (b'{"a":' * 65 + b"1" + b"}" * 65, "nests deeper than 64 levels"),
        ],
    )
    def test_bad_metadata_is_a_sentence(self, data, message):
        with pytest.raises(ValueError, match=message):
            parse.parse_metadata(data)

    def test_64_levels_are_read_and_brackets_in_strings_do_not_count(self):
        fields, _, _ = parse.parse_metadata(b'{"a":' * 63 + b'"[[[{{{"' + b"}" * 63)
        assert json.dumps(fields).count("[") == 3

    @pytest.mark.parametrize(
        ("literal", "shown"),
        [
            (b"NaN", "NaN"),
            (b"Infinity", "Infinity"),
            (b"-Infinity", "-Infinity"),
            (b"1e400", "1e400"),
            (b"-1e400", "-1e400"),
            (b"1" + b"0" * 400, "1" + "0" * 400),
        ],
    )
    def test_numbers_json_cannot_carry_become_text_and_are_noted(self, literal, shown):
        fields, notes, _ = parse.parse_metadata(b'{"Size": {"Gb": ' + literal + b"}}")
        assert fields == {"Size": {"Gb": shown}}
        assert "Size.Gb" in notes[0]
        json.dumps(fields, allow_nan=False)  # strict JSON

    def test_ordinary_numbers_stay_numbers(self):
        fields, notes, _ = parse.parse_metadata(b'{"a": 5, "b": 1.5e3, "c": -0.25}')
        assert fields == {"a": 5, "b": 1500.0, "c": -0.25}
        assert notes == []

    def test_lone_surrogates_become_replacement_characters(self):
        fields, notes, _ = parse.parse_metadata(b'{"k\\udc00": "v\\ud800"}')
        assert fields == {"k\ufffd": "v\ufffd"}
        assert "U+FFFD" in notes[0]
        json.dumps(fields, ensure_ascii=False).encode("utf-8")  # encodes

    def test_repeated_keys_keep_the_last_value_and_are_named(self):
        fields, notes, repeated = parse.parse_metadata(
            b'{"AppType": "JupyterLab", "AppType": "KernelGateway", "x": {"y": 1, "y": 2}}'
        )
        assert fields == {"AppType": "KernelGateway", "x": {"y": 2}}
        assert sorted(repeated) == ["AppType", "y"]
        assert '"AppType"' in notes[0]
        assert '"y"' in notes[0]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        (r"/mnt/with\040space", "/mnt/with space"),
        (r"/mnt/tab\011and\012newline", "/mnt/tab\tand\nnewline"),
        (r"/mnt/back\134slash", "/mnt/back\\slash"),
        (r"/mnt/not\12octal", r"/mnt/not\12octal"),
        ("/plain", "/plain"),
    ],
)
def test_mountinfo_unescapes_octal_escapes_in_paths(field, expected):
    line = f"36 35 98:0 / {field} rw,noatime shared:1 - ext4 /dev/vda rw"
    assert parse.parse_mountinfo(line)[0]["mount_point"] == expected


@pytest.mark.parametrize(
    "case", sorted(p.name for p in FIXTURES.iterdir() if (p / "mountinfo").is_file())
)
def test_the_mount_index_finds_the_mount_mount_for_path_finds(case):
    mounts = parse.parse_mountinfo((FIXTURES / case / "mountinfo").read_text(encoding="utf-8"))
    stacked = [*mounts, {**mounts[-1], "mount_id": -1}]  # one mounted on top of another
    index = parse.mount_index(stacked)
    paths = ["/", "", "relative/path", "//x", "/no/such/mount"]
    for mount in stacked:
        point = mount["mount_point"]
        paths += [point, point + "/", point + "/a/b", point + "x", point.rpartition("/")[0]]
    for path in paths:
        assert parse.mount_in_index(index, path) is parse.mount_for_path(stacked, path), path
