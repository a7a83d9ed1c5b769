#!/usr/bin/env python3
"""Checks of .ci/release-check.sh (run by it; standard library only).

  release_check.py published EFFECTIVE_POMS
      the artifactIds of the reactor's published modules (precondition.published true), comma-separated
  release_check.py check EFFECTIVE_POMS STAGING_A STAGING_B VERSION
      Maven Central's rules on staging A, and A and B byte-identical
  release_check.py consumer LOCAL_REPOSITORY CONSUMER_DIR VERSION
      every io.precondition artifact of the consumer's build came from the staging repository
"""
import hashlib
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
GROUP = "io.precondition"
BOM = "precondition-bom"
METADATA = "META-INF/spring-configuration-metadata.json"
problems = []


def problem(message):
    problems.append(message)


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text else ""


def reactor(effective_poms):
    """The reactor's projects from help:effective-pom's output: artifactId -> details."""
    root = ET.parse(effective_poms).getroot()
    projects = root.findall("m:project", NS) if root.tag.endswith("projects") else [root]
    modules = {}
    for project in projects:
        artifact = text(project, "m:artifactId")
        published = text(project, "m:properties/m:precondition.published")
        deploy_skip = text(project, "m:properties/m:maven.deploy.skip")
        if published not in ("true", "false"):
            problem(f"{artifact}: precondition.published is '{published}', not true or false")
        if (published == "true") == (deploy_skip == "true"):
            problem(f"{artifact}: precondition.published is {published} but maven.deploy.skip is {deploy_skip}")
        modules[artifact] = {
            "packaging": text(project, "m:packaging") or "jar",
            "published": published == "true",
            "project": project,
        }
    return modules


def published_modules(modules):
    return {a: m for a, m in modules.items() if m["published"]}


def require_metadata(where, pom, inherited=None):
    """The fields Central requires (name, description, url, licenses, developers, scm), none of them Micronaut's."""
    def field(path):
        value = text(pom, path)
        return value or (inherited(path) if inherited else "")

    for path in ("m:name", "m:description", "m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url",
                 "m:developers/m:developer/m:name", "m:scm/m:connection", "m:scm/m:developerConnection",
                 "m:scm/m:url"):
        value = text(pom, path) if path == "m:name" else field(path)
        if not value:
            problem(f"{where}: no {path.replace('m:', '')}")
        elif any(m in value.lower() for m in ("micronaut.io", "micronaut-projects", "graeme")):
            problem(f"{where}: {path.replace('m:', '')} is Micronaut's: {value}")


def staged_pom(staging, artifact, version):
    path = os.path.join(staging, *GROUP.split("."), artifact, version, f"{artifact}-{version}.pom")
    return ET.parse(path).getroot() if os.path.isfile(path) else None


def digest(path, algorithm):
    with open(path, "rb") as f:
        return hashlib.new(algorithm, f.read()).hexdigest()


def check_files(staging, artifact, packaging, version):
    """pom (and for a jar module jar, sources and Javadoc), each with .asc, .md5 and .sha1 that verify."""
    directory = os.path.join(staging, *GROUP.split("."), artifact, version)
    if not os.path.isdir(directory):
        problem(f"{artifact}: not staged ({directory})")
        return []
    base = f"{artifact}-{version}"
    expected = [f"{base}.pom"]
    if packaging == "jar":
        expected += [f"{base}.jar", f"{base}-sources.jar", f"{base}-javadoc.jar"]
    elif packaging != "pom":
        problem(f"{artifact}: packaging {packaging} is not checked by this script")
    allowed = set()
    for name in expected:
        path = os.path.join(directory, name)
        allowed.update({name, name + ".asc"})
        for suffix in ("md5", "sha1", "sha256", "sha512"):
            allowed.update({f"{name}.{suffix}", f"{name}.asc.{suffix}"})
        if not os.path.isfile(path):
            problem(f"{artifact}: {name} missing")
            continue
        for suffix, algorithm in (("md5", "md5"), ("sha1", "sha1")):
            sum_path = f"{path}.{suffix}"
            if not os.path.isfile(sum_path):
                problem(f"{artifact}: {name}.{suffix} missing")
            elif open(sum_path).read().split()[0] != digest(path, algorithm):
                problem(f"{artifact}: {name}.{suffix} does not match the file")
        if not os.path.isfile(path + ".asc"):
            problem(f"{artifact}: {name}.asc missing")
        else:
            verified = subprocess.run(["gpg", "--batch", "--verify", path + ".asc", path], capture_output=True)
            if verified.returncode != 0:
                problem(f"{artifact}: {name}.asc does not verify: {verified.stderr.decode().strip()}")
    for name in sorted(os.listdir(directory)):
        if name not in allowed and not name.startswith("maven-metadata"):
            problem(f"{artifact}: unexpected file {name}")
    return [os.path.join(directory, n) for n in expected]


def check_jar_contents(artifact, version, files):
    for path in files:
        name = os.path.basename(path)
        if not name.endswith(".jar"):
            continue
        with zipfile.ZipFile(path) as jar:
            entries = set(jar.namelist())
            if name.endswith("-javadoc.jar"):
                if "index.html" not in entries:
                    problem(f"{name}: no index.html")
            elif name.endswith("-sources.jar"):
                if not any(e.endswith(".java") for e in entries):
                    problem(f"{name}: no .java file")
            else:
                if "META-INF/LICENSE" not in entries:
                    problem(f"{name}: no META-INF/LICENSE")
                if artifact == "precondition-runtime":
                    check_configuration_metadata(name, jar, entries)


def check_configuration_metadata(name, jar, entries):
    if METADATA not in entries:
        problem(f"{name}: no {METADATA}")
        return
    properties = [p for p in json.loads(jar.read(METADATA))["properties"] if p["name"].startswith("precondition.")]
    if not properties:
        problem(f"{name}: {METADATA} lists no precondition.* property")
    for p in properties:
        if not p.get("description", "").strip():
            problem(f"{name}: {p['name']} has no description in {METADATA}")
        if "defaultValue" not in p:
            problem(f"{name}: {p['name']} has no defaultValue in {METADATA}")
    print(f"release-check: {name}: {METADATA} lists {len(properties)} precondition.* properties,"
          " each with description and default")


def check_bom(staging, modules, version):
    bom = staged_pom(staging, BOM, version)
    if bom is None:
        problem(f"{BOM} is not staged")
        return
    if bom.find("m:parent", NS) is not None:
        problem(f"{BOM}: has a parent (importing it would manage that parent's dependencies too)")
    listed = {}
    for dependency in bom.findall("m:dependencyManagement/m:dependencies/m:dependency", NS):
        key = f"{text(dependency, 'm:groupId')}:{text(dependency, 'm:artifactId')}"
        listed[key] = text(dependency, "m:version").replace("${project.version}", text(bom, "m:version"))
    expected = {f"{GROUP}:{a}" for a, m in modules.items() if m["packaging"] == "jar"}
    before = len(problems)
    for missing in sorted(expected - listed.keys()):
        problem(f"{BOM}: does not list the published {missing}")
    for extra in sorted(listed.keys() - expected):
        problem(f"{BOM}: lists {extra}, which is not a published artifact of the reactor")
    for key, listed_version in listed.items():
        if listed_version != version:
            problem(f"{BOM}: {key} at {listed_version}, not {version}")
    if len(problems) == before:
        print(f"release-check: {BOM} lists exactly the published artifacts: {', '.join(sorted(listed))}")


def compare(staging_a, staging_b):
    """Byte for byte, except signatures (a signature holds its time) and maven-metadata.xml (lastUpdated)."""
    def files(top):
        found = set()
        for directory, _, names in os.walk(top):
            for name in names:
                found.add(os.path.relpath(os.path.join(directory, name), top))
        return found

    a, b = files(staging_a), files(staging_b)
    for only in sorted(a ^ b):
        problem(f"only in one staging: {only}")
    compared, before = 0, len(problems)
    for relative in sorted(a & b):
        name = os.path.basename(relative)
        if ".asc" in name or name.startswith("maven-metadata"):
            continue
        compared += 1
        with open(os.path.join(staging_a, relative), "rb") as fa, open(os.path.join(staging_b, relative), "rb") as fb:
            if fa.read() != fb.read():
                problem(f"not reproducible: {relative} differs between the two stagings"
                        f"{jar_difference(staging_a, staging_b, relative)}")
    if len(problems) == before:
        print(f"release-check: the two stagings are byte-identical in {compared} files "
              "(signatures and maven-metadata.xml aside)")


def jar_difference(staging_a, staging_b, relative):
    if not relative.endswith(".jar"):
        return ""
    with zipfile.ZipFile(os.path.join(staging_a, relative)) as ja, zipfile.ZipFile(os.path.join(staging_b, relative)) as jb:
        differing = [n for n in ja.namelist() if n not in jb.namelist() or ja.read(n) != jb.read(n)]
        timestamps = [i.filename for i in ja.infolist() if i.date_time != jb.getinfo(i.filename).date_time] \
            if not differing else []
    return f" (entries: {', '.join(differing[:5]) or 'none'}; time stamps: {', '.join(timestamps[:5]) or 'none'})"


def check(effective_poms, staging_a, staging_b, version):
    modules = published_modules(reactor(effective_poms))
    # Effective POMs: own metadata, the same url and scm for every module (no artifactId appended).
    urls = set()
    for artifact, module in modules.items():
        require_metadata(f"{artifact} (effective POM)", module["project"])
        urls.add((text(module["project"], "m:url"), text(module["project"], "m:scm/m:url")))
        for dependency in module["project"].findall("m:dependencies/m:dependency", NS):
            if text(dependency, "m:groupId") == GROUP and text(dependency, "m:scope") not in ("test", "provided") \
                    and text(dependency, "m:artifactId") not in modules:
                problem(f"{artifact}: depends on {text(dependency, 'm:artifactId')}, which is not published")
    if len(urls) > 1:
        problem(f"the published modules' url / scm url differ: {sorted(urls)}")

    staged = []
    for artifact, module in sorted(modules.items()):
        files = check_files(staging_a, artifact, module["packaging"], version)
        staged += files
        check_jar_contents(artifact, version, files)
        pom = staged_pom(staging_a, artifact, version)
        if pom is None:
            continue
        snapshots = sorted({e.text.strip() for e in pom.iter() if e.text and "SNAPSHOT" in e.text})
        if snapshots:
            problem(f"{artifact}: its staged POM names a -SNAPSHOT: {', '.join(snapshots)}")
        if text(pom, "m:version") not in ("", version):
            problem(f"{artifact}: staged POM has version {text(pom, 'm:version')}")

        def inherited(path, pom=pom):
            # Only from a parent in this bundle: a field that would come from micronaut-parent is missing.
            parent = pom.find("m:parent", NS)
            while parent is not None and text(parent, "m:groupId") == GROUP:
                parent_pom = staged_pom(staging_a, text(parent, "m:artifactId"), text(parent, "m:version"))
                if parent_pom is None:
                    problem(f"{artifact}: its parent {text(parent, 'm:artifactId')} is not staged")
                    return ""
                if text(parent_pom, path):
                    return text(parent_pom, path)
                parent = parent_pom.find("m:parent", NS)
            return ""
        require_metadata(f"{artifact} (staged POM)", pom, inherited)
    check_bom(staging_a, modules, version)
    group_dir = os.path.join(staging_a, *GROUP.split("."))
    for artifact in sorted(os.listdir(group_dir)) if os.path.isdir(group_dir) else []:
        if artifact not in modules:
            problem(f"{artifact} is staged but its module is not published (precondition.published false)")
    compare(staging_a, staging_b)

    all_files = sorted(os.path.relpath(os.path.join(d, n), staging_a)
                       for d, _, names in os.walk(staging_a) for n in names)
    example = [f for f in all_files if "/precondition-runtime/" in f]
    print(f"release-check: staged {len(all_files)} files for {len(modules)} artifacts "
          f"({len(staged)} artifact files, each with .asc, .md5, .sha1); precondition-runtime's:")
    for f in example:
        print(f"release-check:   {f}")


def consumer(local_repository, consumer_dir, version):
    group_dir = os.path.join(local_repository, *GROUP.split("."))
    resolved = []
    for artifact in sorted(os.listdir(group_dir)) if os.path.isdir(group_dir) else []:
        directory = os.path.join(group_dir, artifact, version)
        marker = os.path.join(directory, "_remote.repositories")
        if not os.path.isfile(marker) or "precondition-staging" not in open(marker).read():
            problem(f"consumer: {GROUP}:{artifact} did not come from the staging repository")
        resolved.append(artifact)
    for needed in ("precondition-bom", "precondition-runtime", "precondition-processor"):
        if needed not in resolved:
            problem(f"consumer: {needed} was not resolved")
    generated = [f for d, _, names in os.walk(os.path.join(consumer_dir, "target", "classes"))
                 for f in names if f.endswith("Preconditions.class")]
    if not generated:
        problem("consumer: no generated filter (*Preconditions.class) in target/classes")
    print(f"release-check: consumer resolved from the staging only: {', '.join(resolved)}; "
          f"generated {', '.join(sorted(generated))}")


def main(argv):
    command = argv[1]
    if command == "published":
        modules = reactor(argv[2])
        names = sorted(published_modules(modules))
        if not problems:
            print(",".join(names))
    elif command == "check":
        check(argv[2], argv[3], argv[4], argv[5])
    elif command == "consumer":
        consumer(argv[2], argv[3], argv[4])
    else:
        raise SystemExit(__doc__)
    for p in problems:
        print(f"release-check: PROBLEM: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
