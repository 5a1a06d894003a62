/**
 * The validator of jupyterlab_isolation_info/report.schema.json, compiled by Ajv at build time by
 * scripts/report-types.js --validators. Not committed: change the schema, then build.
 */
/* eslint-disable */
// @ts-nocheck
import { FORMATS as formats, ucs2length } from '../contracts';
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:jupyterlab-isolation-info:report:1","type":"object","properties":{"schema_version":{"const":1},"generated_at":{"type":"string","format":"date-time","pattern":"Z$"},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"run_as":{"$ref":"#/$defs/runAs"},"user_namespace":{"$ref":"#/$defs/userNamespace"},"home":{"$ref":"#/$defs/home"},"metadata":{"$ref":"#/$defs/metadata"},"endpoints":{"type":"array","items":{"$ref":"#/$defs/endpoint"}},"capabilities":{"$ref":"#/$defs/capabilities"},"storage":{"type":"array","items":{"$ref":"#/$defs/storageEntry"}},"limits":{"$ref":"#/$defs/limits"},"kernels":{"type":"array","items":{"$ref":"#/$defs/kernel"}},"context":{"$ref":"#/$defs/context"},"mounts":{"type":"array","items":{"$ref":"#/$defs/mount"}},"credentials":{"$ref":"#/$defs/credentials"},"walls":{"$ref":"#/$defs/walls"},"policy":{"$ref":"#/$defs/policy"},"errors":{"type":"object","additionalProperties":{"type":"string"}},"summary":{"$ref":"#/$defs/summary"},"tones":{"type":"object","additionalProperties":{"$ref":"#/$defs/factTone"}},"differences":{"type":"array","items":{"$ref":"#/$defs/difference"}}},"required":["schema_version","generated_at","findings","run_as","user_namespace","home","metadata","endpoints","capabilities","storage","limits","context","mounts","credentials","walls","policy","errors","summary","tones"],"additionalProperties":false,"$defs":{"severity":{"enum":["critical","warning","info"]},"capability":{"type":"string","pattern":"^CAP_[A-Z0-9_]+$"},"finding":{"type":"object","properties":{"id":{"type":"string","enum":["caps-beyond-docker-default","cpu-count-above-quota","credentials-dropped-by-sudo","credentials-endpoint-blocked","efs-reachable","endpoint-routable","endpoint-unexpected","home-missing","home-mount-not-writable","home-moved","home-owner-mismatch","home-owner-unmapped","home-unknown","home-world-readable","home-world-writable","imds-reachable","imds-routable","kernel-caps-beyond-docker-default","kernel-host-root","kernel-settings-writable","memory-near-limit","metadata-repeated-keys","metadata-unreadable","metadata-writable","mount-owner-unmapped","no-security-profile","no-user-namespace","not-in-studio","oom-kills","pids-near-max","pod-security-below-baseline","root-not-remapped","run-as-unexpected","runs-as-root","runtime-socket-present","runtime-socket-writable","seccomp-disabled","service-account-token","studio-classic","sudo-root-remapped","sudo-to-host-root"]},"severity":{"$ref":"#/$defs/severity"},"title":{"type":"string"},"detail":{"type":"string"}},"required":["id","severity","title","detail"],"additionalProperties":false},"group":{"type":"object","properties":{"gid":{"type":"integer","minimum":0},"name":{"type":["string","null"]}},"required":["gid","name"],"additionalProperties":false},"runAs":{"type":"object","properties":{"user":{"type":["string","null"]},"uid":{"type":"integer","minimum":0},"gid":{"type":"integer","minimum":0},"groups":{"type":"array","items":{"$ref":"#/$defs/group"}},"home":{"type":["string","null"]},"sudo":{"enum":["yes","no","unknown"]},"sudo_detail":{"type":["string","null"]},"root_host_uid":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"required":["user","uid","gid","groups","home","sudo","sudo_detail","root_host_uid","error"],"additionalProperties":false},"idMapLine":{"type":"object","properties":{"inside":{"type":"integer","minimum":0},"outside":{"type":"integer","minimum":0},"count":{"type":"integer","minimum":0}},"required":["inside","outside","count"],"additionalProperties":false},"userNamespace":{"type":"object","properties":{"remapped":{"type":["boolean","null"]},"uid_map":{"type":"array","items":{"$ref":"#/$defs/idMapLine"}},"gid_map":{"type":"array","items":{"$ref":"#/$defs/idMapLine"}},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"required":["remapped","uid_map","gid_map","host_uid","host_gid","error"],"additionalProperties":false},"home":{"type":"object","properties":{"path":{"type":["string","null"]},"exists":{"type":["boolean","null"]},"owner_uid":{"type":["integer","null"],"minimum":0},"owner_gid":{"type":["integer","null"],"minimum":0},"owner_name":{"type":["string","null"]},"mode":{"type":["string","null"],"pattern":"^[0-7]{4}$"},"host_owner_uid":{"type":["integer","null"],"minimum":0},"owner_is_run_as":{"type":["boolean","null"]},"owner_unmapped":{"type":["boolean","null"]},"filesystem":{"type":["string","null"]},"mount_source":{"type":["string","null"]},"error":{"type":["string","null"]}},"required":["path","exists","owner_uid","owner_gid","owner_name","mode","host_owner_uid","owner_is_run_as","owner_unmapped","filesystem","mount_source","error"],"additionalProperties":false},"metadata":{"type":"object","properties":{"path":{"type":"string"},"found":{"type":["boolean","null"]},"read_only":{"type":["boolean","null"]},"fields":{"type":["object","null"],"additionalProperties":true},"notes":{"type":"array","items":{"type":"string"}},"repeated_keys":{"type":"array","items":{"type":"string"}},"error":{"type":["string","null"]}},"required":["path","found","read_only","fields","notes","repeated_keys","error"],"additionalProperties":false},"endpoint":{"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"host":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535},"address":{"type":"string"},"expected":{"enum":["blocked","reachable"]},"status":{"enum":["blocked","routable","reachable","unknown"]},"method":{"enum":["route","connect"]},"detail":{"type":"string"}},"required":["id","name","host","port","address","expected","status","method","detail"],"additionalProperties":false},"capabilities":{"type":"object","properties":{"effective":{"type":"array","items":{"$ref":"#/$defs/capability"}},"permitted":{"type":"array","items":{"$ref":"#/$defs/capability"}},"inheritable":{"type":"array","items":{"$ref":"#/$defs/capability"}},"bounding":{"type":"array","items":{"$ref":"#/$defs/capability"}},"ambient":{"type":"array","items":{"$ref":"#/$defs/capability"}},"beyond_docker_default":{"type":"array","items":{"$ref":"#/$defs/capability"}},"no_new_privs":{"type":["boolean","null"]},"seccomp":{"enum":["disabled","strict","filter",null]},"error":{"type":["string","null"]}},"required":["effective","permitted","inheritable","bounding","ambient","beyond_docker_default","no_new_privs","seccomp","error"],"additionalProperties":false},"kernelCapabilities":{"type":"object","properties":{"effective":{"type":["array","null"],"items":{"$ref":"#/$defs/capability"}},"beyond_docker_default":{"type":["array","null"],"items":{"$ref":"#/$defs/capability"}},"error":{"type":["string","null"]}},"required":["effective","beyond_docker_default","error"],"additionalProperties":false},"kernel":{"type":"object","properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"local":{"type":"boolean"},"pid":{"type":"integer","minimum":0},"uid":{"type":"integer","minimum":0},"user":{"type":["string","null"]},"gid":{"type":"integer","minimum":0},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"capabilities":{"$ref":"#/$defs/kernelCapabilities"},"cgroup":{"$ref":"#/$defs/kernelCgroup"},"error":{"type":["string","null"]}},"required":["id","name","local","error"],"additionalProperties":false},"storageEntry":{"type":"object","properties":{"path":{"type":"string"},"filesystem":{"type":["string","null"]},"mount_source":{"type":["string","null"]},"read_only":{"type":["boolean","null"]}},"required":["path","filesystem","mount_source","read_only"],"additionalProperties":false},"mount":{"type":"object","properties":{"path":{"type":"string"},"role":{"enum":["home","under-home","app"]},"filesystem":{"type":"string"},"mount_source":{"type":"string"},"read_only":{"type":"boolean"},"owner_uid":{"type":["integer","null"],"minimum":0},"owner_gid":{"type":["integer","null"],"minimum":0},"owner_name":{"type":["string","null"]},"host_owner_uid":{"type":["integer","null"],"minimum":0},"owner_unmapped":{"type":["boolean","null"]},"mode":{"type":["string","null"],"pattern":"^[0-7]{4}$"},"writable":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["path","role","filesystem","mount_source","read_only","owner_uid","owner_gid","owner_name","host_owner_uid","owner_unmapped","mode","writable","error"],"additionalProperties":false},"credentials":{"type":"object","properties":{"relative_uri_set":{"type":"boolean"},"full_uri_set":{"type":"boolean"},"host":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535},"expected":{"const":"reachable"},"status":{"enum":["blocked","routable","reachable","unknown"]},"method":{"enum":["route","connect"]},"detail":{"type":"string"},"error":{"type":["string","null"]}},"required":["relative_uri_set","full_uri_set","host","port","expected","status","method","detail","error"],"additionalProperties":false},"context":{"type":"object","properties":{"in_studio":{"type":"boolean"},"studio":{"enum":["classic","new","other",null]},"partition":{"type":["string","null"],"maxLength":256},"region":{"type":["string","null"],"maxLength":256},"account":{"type":["string","null"],"maxLength":256},"domain":{"type":["string","null"],"maxLength":256},"space":{"type":["string","null"],"maxLength":256},"user_profile":{"type":["string","null"],"maxLength":256},"app_type":{"type":["string","null"],"maxLength":256},"app_name":{"type":["string","null"],"maxLength":256},"execution_role":{"type":["string","null"],"maxLength":256},"home_env":{"type":["string","null"],"maxLength":4096},"home_moved":{"type":["boolean","null"]},"meaning":{"type":["string","null"]},"error":{"type":["string","null"]}},"required":["in_studio","studio","partition","region","account","domain","space","user_profile","app_type","app_name","execution_role","home_env","home_moved","meaning","error"],"additionalProperties":false},"runtimeSocket":{"type":"object","properties":{"path":{"type":"string"},"runtime":{"enum":["docker","containerd","cri-o","podman"]},"symlink_to":{"type":["string","null"]},"is_socket":{"type":["boolean","null"]},"writable":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["path","runtime","symlink_to","is_socket","writable","error"],"additionalProperties":false},"walls":{"type":"object","properties":{"security_label":{"type":"object","properties":{"label":{"type":["string","null"]},"kind":{"enum":["apparmor","selinux",null]},"mode":{"type":["string","null"]}},"required":["label","kind","mode"],"additionalProperties":false},"seccomp_filters":{"type":["integer","null"],"minimum":0},"runtime_sockets":{"type":"array","items":{"$ref":"#/$defs/runtimeSocket"}},"service_account_token":{"type":"object","properties":{"path":{"type":"string"},"present":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["path","present","error"],"additionalProperties":false},"proc_sys_read_only":{"type":["boolean","null"]},"cgroup_read_only":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["security_label","seccomp_filters","runtime_sockets","service_account_token","proc_sys_read_only","cgroup_read_only","error"],"additionalProperties":false},"tone":{"enum":["ok","warning","critical","unknown","neutral"]},"factTone":{"type":"object","properties":{"tone":{"$ref":"#/$defs/tone"},"text":{"type":"string"},"reason":{"type":["string","null"]}},"required":["tone","text","reason"],"additionalProperties":false},"glanceLine":{"type":"object","properties":{"id":{"enum":["run_as","host","home","endpoints"]},"section":{"enum":["run_as","user_namespace","home","endpoints"]},"label":{"type":"string"},"text":{"type":"string"},"tone":{"$ref":"#/$defs/tone"}},"required":["id","section","label","text","tone"],"additionalProperties":false},"summary":{"type":"object","properties":{"verdict":{"type":"object","properties":{"tone":{"$ref":"#/$defs/tone"},"text":{"type":"string"}},"required":["tone","text"],"additionalProperties":false},"glance":{"type":"array","items":{"$ref":"#/$defs/glanceLine"}},"sections":{"type":"array","items":{"type":"object","properties":{"id":{"enum":["findings","run_as","user_namespace","context","home","mounts","endpoints","credentials","metadata","capabilities","walls","policy","limits","storage","kernels"]},"title":{"type":"string"}},"required":["id","title"],"additionalProperties":false}},"severity_order":{"type":"array","items":{"$ref":"#/$defs/severity"}},"finding_counts":{"type":"object","properties":{"critical":{"type":"integer","minimum":0},"warning":{"type":"integer","minimum":0},"info":{"type":"integer","minimum":0}},"required":["critical","warning","info"],"additionalProperties":false},"worst_severity":{"enum":["critical","warning","info",null]}},"required":["verdict","glance","sections","severity_order","finding_counts","worst_severity"],"additionalProperties":false},"policyControl":{"type":"object","properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"level":{"enum":["baseline","restricted"]},"title":{"type":"string"},"requirement":{"type":"string"},"status":{"enum":["met","not_met","unmeasured","unknown"]},"measured":{"type":["string","null"]},"detail":{"type":["string","null"]}},"required":["id","level","title","requirement","status","measured","detail"],"additionalProperties":false},"policy":{"type":"object","properties":{"standard":{"const":"Kubernetes Pod Security Standards"},"level":{"enum":["privileged","baseline","restricted",null]},"level_text":{"type":"string"},"counts":{"type":"object","properties":{"met":{"type":"integer","minimum":0},"not_met":{"type":"integer","minimum":0},"unmeasured":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0}},"required":["met","not_met","unmeasured","unknown"],"additionalProperties":false},"controls":{"type":"array","items":{"$ref":"#/$defs/policyControl"}},"error":{"type":["string","null"]}},"required":["standard","level","level_text","counts","controls","error"],"additionalProperties":false},"memoryLimits":{"type":"object","properties":{"version":{"enum":["v1","v2",null]},"cgroup":{"type":["string","null"]},"directory":{"type":["string","null"]},"limit_bytes":{"type":["integer","null"],"minimum":0},"unlimited":{"type":["boolean","null"]},"limit_directory":{"type":["string","null"]},"machine_bytes":{"type":["integer","null"],"minimum":0},"usage_bytes":{"type":["integer","null"],"minimum":0},"peak_bytes":{"type":["integer","null"],"minimum":0},"swap_limit_bytes":{"type":["integer","null"],"minimum":0},"swap_unlimited":{"type":["boolean","null"]},"oom_kill":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"required":["version","cgroup","directory","limit_bytes","unlimited","limit_directory","machine_bytes","usage_bytes","peak_bytes","swap_limit_bytes","swap_unlimited","oom_kill","error"],"additionalProperties":false},"cpuLimits":{"type":"object","properties":{"version":{"enum":["v1","v2",null]},"cgroup":{"type":["string","null"]},"directory":{"type":["string","null"]},"quota_us":{"type":["integer","null"],"minimum":0},"period_us":{"type":["integer","null"],"minimum":1},"unlimited":{"type":["boolean","null"]},"quota_cpus":{"type":["number","null"],"minimum":0},"cpuset":{"type":["string","null"]},"cpuset_count":{"type":["integer","null"],"minimum":1},"online_cpus":{"type":["integer","null"],"minimum":1},"affinity_cpus":{"type":["integer","null"],"minimum":1},"usable_cpus":{"type":["number","null"],"minimum":0},"error":{"type":["string","null"]}},"additionalProperties":false,"required":["version","cgroup","directory","quota_us","period_us","unlimited","quota_cpus","cpuset","cpuset_count","online_cpus","affinity_cpus","usable_cpus","error"]},"pidsLimits":{"type":"object","properties":{"version":{"enum":["v1","v2",null]},"cgroup":{"type":["string","null"]},"directory":{"type":["string","null"]},"max":{"type":["integer","null"],"minimum":0},"unlimited":{"type":["boolean","null"]},"current":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"additionalProperties":false,"required":["version","cgroup","directory","max","unlimited","current","error"]},"limits":{"type":"object","properties":{"cgroup_version":{"enum":["v1","v2","hybrid",null]},"memory":{"$ref":"#/$defs/memoryLimits"},"cpu":{"$ref":"#/$defs/cpuLimits"},"pids":{"$ref":"#/$defs/pidsLimits"},"error":{"type":["string","null"]}},"required":["cgroup_version","memory","cpu","pids","error"],"additionalProperties":false},"kernelCgroup":{"type":"object","properties":{"directory":{"type":["string","null"]},"same_as_server":{"type":["boolean","null"]},"limit_bytes":{"type":["integer","null"],"minimum":0},"unlimited":{"type":["boolean","null"]},"oom_kill":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"additionalProperties":false,"required":["directory","same_as_server","limit_bytes","unlimited","oom_kill","error"]},"difference":{"type":"object","properties":{"id":{"type":"string"},"text":{"type":"string"},"tone":{"$ref":"#/$defs/tone"}},"required":["id","text","tone"],"additionalProperties":false}}};
const schema39 = {"type":"object","properties":{"path":{"type":["string","null"]},"exists":{"type":["boolean","null"]},"owner_uid":{"type":["integer","null"],"minimum":0},"owner_gid":{"type":["integer","null"],"minimum":0},"owner_name":{"type":["string","null"]},"mode":{"type":["string","null"],"pattern":"^[0-7]{4}$"},"host_owner_uid":{"type":["integer","null"],"minimum":0},"owner_is_run_as":{"type":["boolean","null"]},"owner_unmapped":{"type":["boolean","null"]},"filesystem":{"type":["string","null"]},"mount_source":{"type":["string","null"]},"error":{"type":["string","null"]}},"required":["path","exists","owner_uid","owner_gid","owner_name","mode","host_owner_uid","owner_is_run_as","owner_unmapped","filesystem","mount_source","error"],"additionalProperties":false};
const schema40 = {"type":"object","properties":{"path":{"type":"string"},"found":{"type":["boolean","null"]},"read_only":{"type":["boolean","null"]},"fields":{"type":["object","null"],"additionalProperties":true},"notes":{"type":"array","items":{"type":"string"}},"repeated_keys":{"type":"array","items":{"type":"string"}},"error":{"type":["string","null"]}},"required":["path","found","read_only","fields","notes","repeated_keys","error"],"additionalProperties":false};
const schema41 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"host":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535},"address":{"type":"string"},"expected":{"enum":["blocked","reachable"]},"status":{"enum":["blocked","routable","reachable","unknown"]},"method":{"enum":["route","connect"]},"detail":{"type":"string"}},"required":["id","name","host","port","address","expected","status","method","detail"],"additionalProperties":false};
const schema49 = {"type":"object","properties":{"path":{"type":"string"},"filesystem":{"type":["string","null"]},"mount_source":{"type":["string","null"]},"read_only":{"type":["boolean","null"]}},"required":["path","filesystem","mount_source","read_only"],"additionalProperties":false};
const schema59 = {"type":"object","properties":{"in_studio":{"type":"boolean"},"studio":{"enum":["classic","new","other",null]},"partition":{"type":["string","null"],"maxLength":256},"region":{"type":["string","null"],"maxLength":256},"account":{"type":["string","null"],"maxLength":256},"domain":{"type":["string","null"],"maxLength":256},"space":{"type":["string","null"],"maxLength":256},"user_profile":{"type":["string","null"],"maxLength":256},"app_type":{"type":["string","null"],"maxLength":256},"app_name":{"type":["string","null"],"maxLength":256},"execution_role":{"type":["string","null"],"maxLength":256},"home_env":{"type":["string","null"],"maxLength":4096},"home_moved":{"type":["boolean","null"]},"meaning":{"type":["string","null"]},"error":{"type":["string","null"]}},"required":["in_studio","studio","partition","region","account","domain","space","user_profile","app_type","app_name","execution_role","home_env","home_moved","meaning","error"],"additionalProperties":false};
const schema60 = {"type":"object","properties":{"path":{"type":"string"},"role":{"enum":["home","under-home","app"]},"filesystem":{"type":"string"},"mount_source":{"type":"string"},"read_only":{"type":"boolean"},"owner_uid":{"type":["integer","null"],"minimum":0},"owner_gid":{"type":["integer","null"],"minimum":0},"owner_name":{"type":["string","null"]},"host_owner_uid":{"type":["integer","null"],"minimum":0},"owner_unmapped":{"type":["boolean","null"]},"mode":{"type":["string","null"],"pattern":"^[0-7]{4}$"},"writable":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["path","role","filesystem","mount_source","read_only","owner_uid","owner_gid","owner_name","host_owner_uid","owner_unmapped","mode","writable","error"],"additionalProperties":false};
const schema61 = {"type":"object","properties":{"relative_uri_set":{"type":"boolean"},"full_uri_set":{"type":"boolean"},"host":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535},"expected":{"const":"reachable"},"status":{"enum":["blocked","routable","reachable","unknown"]},"method":{"enum":["route","connect"]},"detail":{"type":"string"},"error":{"type":["string","null"]}},"required":["relative_uri_set","full_uri_set","host","port","expected","status","method","detail","error"],"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func10 = ucs2length;
const formats0 = formats["date-time"];
const pattern4 = new RegExp("Z$", "u");
const pattern5 = new RegExp("^[0-7]{4}$", "u");
const schema32 = {"type":"object","properties":{"id":{"type":"string","enum":["caps-beyond-docker-default","cpu-count-above-quota","credentials-dropped-by-sudo","credentials-endpoint-blocked","efs-reachable","endpoint-routable","endpoint-unexpected","home-missing","home-mount-not-writable","home-moved","home-owner-mismatch","home-owner-unmapped","home-unknown","home-world-readable","home-world-writable","imds-reachable","imds-routable","kernel-caps-beyond-docker-default","kernel-host-root","kernel-settings-writable","memory-near-limit","metadata-repeated-keys","metadata-unreadable","metadata-writable","mount-owner-unmapped","no-security-profile","no-user-namespace","not-in-studio","oom-kills","pids-near-max","pod-security-below-baseline","root-not-remapped","run-as-unexpected","runs-as-root","runtime-socket-present","runtime-socket-writable","seccomp-disabled","service-account-token","studio-classic","sudo-root-remapped","sudo-to-host-root"]},"severity":{"$ref":"#/$defs/severity"},"title":{"type":"string"},"detail":{"type":"string"}},"required":["id","severity","title","detail"],"additionalProperties":false};
const schema33 = {"enum":["critical","warning","info"]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.detail === undefined) && (missing0 = "detail"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "severity")) || (key0 === "title")) || (key0 === "detail"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((((((((((((((((((((((((((((((((((((data0 === "caps-beyond-docker-default") || (data0 === "cpu-count-above-quota")) || (data0 === "credentials-dropped-by-sudo")) || (data0 === "credentials-endpoint-blocked")) || (data0 === "efs-reachable")) || (data0 === "endpoint-routable")) || (data0 === "endpoint-unexpected")) || (data0 === "home-missing")) || (data0 === "home-mount-not-writable")) || (data0 === "home-moved")) || (data0 === "home-owner-mismatch")) || (data0 === "home-owner-unmapped")) || (data0 === "home-unknown")) || (data0 === "home-world-readable")) || (data0 === "home-world-writable")) || (data0 === "imds-reachable")) || (data0 === "imds-routable")) || (data0 === "kernel-caps-beyond-docker-default")) || (data0 === "kernel-host-root")) || (data0 === "kernel-settings-writable")) || (data0 === "memory-near-limit")) || (data0 === "metadata-repeated-keys")) || (data0 === "metadata-unreadable")) || (data0 === "metadata-writable")) || (data0 === "mount-owner-unmapped")) || (data0 === "no-security-profile")) || (data0 === "no-user-namespace")) || (data0 === "not-in-studio")) || (data0 === "oom-kills")) || (data0 === "pids-near-max")) || (data0 === "pod-security-below-baseline")) || (data0 === "root-not-remapped")) || (data0 === "run-as-unexpected")) || (data0 === "runs-as-root")) || (data0 === "runtime-socket-present")) || (data0 === "runtime-socket-writable")) || (data0 === "seccomp-disabled")) || (data0 === "service-account-token")) || (data0 === "studio-classic")) || (data0 === "sudo-root-remapped")) || (data0 === "sudo-to-host-root"))){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/enum",keyword:"enum",params:{allowedValues: schema32.properties.id.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data1 = data.severity;
const _errs4 = errors;
if(!(((data1 === "critical") || (data1 === "warning")) || (data1 === "info"))){
validate21.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema33.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs6 = errors;
if(typeof data.title !== "string"){
validate21.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.detail !== undefined){
const _errs8 = errors;
if(typeof data.detail !== "string"){
validate21.errors = [{instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"type":"object","properties":{"user":{"type":["string","null"]},"uid":{"type":"integer","minimum":0},"gid":{"type":"integer","minimum":0},"groups":{"type":"array","items":{"$ref":"#/$defs/group"}},"home":{"type":["string","null"]},"sudo":{"enum":["yes","no","unknown"]},"sudo_detail":{"type":["string","null"]},"root_host_uid":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"required":["user","uid","gid","groups","home","sudo","sudo_detail","root_host_uid","error"],"additionalProperties":false};
const schema35 = {"type":"object","properties":{"gid":{"type":"integer","minimum":0},"name":{"type":["string","null"]}},"required":["gid","name"],"additionalProperties":false};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.user === undefined) && (missing0 = "user")) || ((data.uid === undefined) && (missing0 = "uid"))) || ((data.gid === undefined) && (missing0 = "gid"))) || ((data.groups === undefined) && (missing0 = "groups"))) || ((data.home === undefined) && (missing0 = "home"))) || ((data.sudo === undefined) && (missing0 = "sudo"))) || ((data.sudo_detail === undefined) && (missing0 = "sudo_detail"))) || ((data.root_host_uid === undefined) && (missing0 = "root_host_uid"))) || ((data.error === undefined) && (missing0 = "error"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema34.properties, key0))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.user !== undefined){
let data0 = data.user;
const _errs2 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate23.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema34.properties.user.type}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uid !== undefined){
let data1 = data.uid;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate23.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate23.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gid !== undefined){
let data2 = data.gid;
const _errs6 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate23.errors = [{instancePath:instancePath+"/gid",schemaPath:"#/properties/gid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/gid",schemaPath:"#/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data3 = data.groups;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.gid === undefined) && (missing1 = "gid")) || ((data4.name === undefined) && (missing1 = "name"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/group/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data4){
if(!((key1 === "gid") || (key1 === "name"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.gid !== undefined){
let data5 = data4.gid;
const _errs14 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/gid",schemaPath:"#/$defs/group/properties/gid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs14){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/gid",schemaPath:"#/$defs/group/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.name !== undefined){
let data6 = data4.name;
const _errs16 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/name",schemaPath:"#/$defs/group/properties/name/type",keyword:"type",params:{type: schema35.properties.name.type}}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/group/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.home !== undefined){
let data7 = data.home;
const _errs18 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate23.errors = [{instancePath:instancePath+"/home",schemaPath:"#/properties/home/type",keyword:"type",params:{type: schema34.properties.home.type}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sudo !== undefined){
let data8 = data.sudo;
const _errs20 = errors;
if(!(((data8 === "yes") || (data8 === "no")) || (data8 === "unknown"))){
validate23.errors = [{instancePath:instancePath+"/sudo",schemaPath:"#/properties/sudo/enum",keyword:"enum",params:{allowedValues: schema34.properties.sudo.enum}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sudo_detail !== undefined){
let data9 = data.sudo_detail;
const _errs21 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate23.errors = [{instancePath:instancePath+"/sudo_detail",schemaPath:"#/properties/sudo_detail/type",keyword:"type",params:{type: schema34.properties.sudo_detail.type}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.root_host_uid !== undefined){
let data10 = data.root_host_uid;
const _errs23 = errors;
if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){
validate23.errors = [{instancePath:instancePath+"/root_host_uid",schemaPath:"#/properties/root_host_uid/type",keyword:"type",params:{type: schema34.properties.root_host_uid.type}}];
return false;
}
if(errors === _errs23){
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
validate23.errors = [{instancePath:instancePath+"/root_host_uid",schemaPath:"#/properties/root_host_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data11 = data.error;
const _errs25 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate23.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema34.properties.error.type}}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","properties":{"remapped":{"type":["boolean","null"]},"uid_map":{"type":"array","items":{"$ref":"#/$defs/idMapLine"}},"gid_map":{"type":"array","items":{"$ref":"#/$defs/idMapLine"}},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"required":["remapped","uid_map","gid_map","host_uid","host_gid","error"],"additionalProperties":false};
const schema37 = {"type":"object","properties":{"inside":{"type":"integer","minimum":0},"outside":{"type":"integer","minimum":0},"count":{"type":"integer","minimum":0}},"required":["inside","outside","count"],"additionalProperties":false};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.remapped === undefined) && (missing0 = "remapped")) || ((data.uid_map === undefined) && (missing0 = "uid_map"))) || ((data.gid_map === undefined) && (missing0 = "gid_map"))) || ((data.host_uid === undefined) && (missing0 = "host_uid"))) || ((data.host_gid === undefined) && (missing0 = "host_gid"))) || ((data.error === undefined) && (missing0 = "error"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "remapped") || (key0 === "uid_map")) || (key0 === "gid_map")) || (key0 === "host_uid")) || (key0 === "host_gid")) || (key0 === "error"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.remapped !== undefined){
let data0 = data.remapped;
const _errs2 = errors;
if((typeof data0 !== "boolean") && (data0 !== null)){
validate25.errors = [{instancePath:instancePath+"/remapped",schemaPath:"#/properties/remapped/type",keyword:"type",params:{type: schema36.properties.remapped.type}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uid_map !== undefined){
let data1 = data.uid_map;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.inside === undefined) && (missing1 = "inside")) || ((data2.outside === undefined) && (missing1 = "outside"))) || ((data2.count === undefined) && (missing1 = "count"))){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0,schemaPath:"#/$defs/idMapLine/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data2){
if(!(((key1 === "inside") || (key1 === "outside")) || (key1 === "count"))){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0,schemaPath:"#/$defs/idMapLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.inside !== undefined){
let data3 = data2.inside;
const _errs10 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0+"/inside",schemaPath:"#/$defs/idMapLine/properties/inside/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs10){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0+"/inside",schemaPath:"#/$defs/idMapLine/properties/inside/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.outside !== undefined){
let data4 = data2.outside;
const _errs12 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0+"/outside",schemaPath:"#/$defs/idMapLine/properties/outside/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0+"/outside",schemaPath:"#/$defs/idMapLine/properties/outside/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.count !== undefined){
let data5 = data2.count;
const _errs14 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0+"/count",schemaPath:"#/$defs/idMapLine/properties/count/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs14){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0+"/count",schemaPath:"#/$defs/idMapLine/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/uid_map/" + i0,schemaPath:"#/$defs/idMapLine/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/uid_map",schemaPath:"#/properties/uid_map/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gid_map !== undefined){
let data6 = data.gid_map;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data6)){
var valid4 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((((data7.inside === undefined) && (missing2 = "inside")) || ((data7.outside === undefined) && (missing2 = "outside"))) || ((data7.count === undefined) && (missing2 = "count"))){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1,schemaPath:"#/$defs/idMapLine/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs21 = errors;
for(const key2 in data7){
if(!(((key2 === "inside") || (key2 === "outside")) || (key2 === "count"))){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1,schemaPath:"#/$defs/idMapLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs21 === errors){
if(data7.inside !== undefined){
let data8 = data7.inside;
const _errs22 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1+"/inside",schemaPath:"#/$defs/idMapLine/properties/inside/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs22){
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1+"/inside",schemaPath:"#/$defs/idMapLine/properties/inside/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.outside !== undefined){
let data9 = data7.outside;
const _errs24 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1+"/outside",schemaPath:"#/$defs/idMapLine/properties/outside/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs24){
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1+"/outside",schemaPath:"#/$defs/idMapLine/properties/outside/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.count !== undefined){
let data10 = data7.count;
const _errs26 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1+"/count",schemaPath:"#/$defs/idMapLine/properties/count/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs26){
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1+"/count",schemaPath:"#/$defs/idMapLine/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/gid_map/" + i1,schemaPath:"#/$defs/idMapLine/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid4 = _errs18 === errors;
if(!valid4){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/gid_map",schemaPath:"#/properties/gid_map/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.host_uid !== undefined){
let data11 = data.host_uid;
const _errs28 = errors;
if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){
validate25.errors = [{instancePath:instancePath+"/host_uid",schemaPath:"#/properties/host_uid/type",keyword:"type",params:{type: schema36.properties.host_uid.type}}];
return false;
}
if(errors === _errs28){
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
validate25.errors = [{instancePath:instancePath+"/host_uid",schemaPath:"#/properties/host_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.host_gid !== undefined){
let data12 = data.host_gid;
const _errs30 = errors;
if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (data12 !== null)){
validate25.errors = [{instancePath:instancePath+"/host_gid",schemaPath:"#/properties/host_gid/type",keyword:"type",params:{type: schema36.properties.host_gid.type}}];
return false;
}
if(errors === _errs30){
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
validate25.errors = [{instancePath:instancePath+"/host_gid",schemaPath:"#/properties/host_gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data13 = data.error;
const _errs32 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
validate25.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema36.properties.error.type}}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","properties":{"effective":{"type":"array","items":{"$ref":"#/$defs/capability"}},"permitted":{"type":"array","items":{"$ref":"#/$defs/capability"}},"inheritable":{"type":"array","items":{"$ref":"#/$defs/capability"}},"bounding":{"type":"array","items":{"$ref":"#/$defs/capability"}},"ambient":{"type":"array","items":{"$ref":"#/$defs/capability"}},"beyond_docker_default":{"type":"array","items":{"$ref":"#/$defs/capability"}},"no_new_privs":{"type":["boolean","null"]},"seccomp":{"enum":["disabled","strict","filter",null]},"error":{"type":["string","null"]}},"required":["effective","permitted","inheritable","bounding","ambient","beyond_docker_default","no_new_privs","seccomp","error"],"additionalProperties":false};
const schema43 = {"type":"string","pattern":"^CAP_[A-Z0-9_]+$"};
const pattern6 = new RegExp("^CAP_[A-Z0-9_]+$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.effective === undefined) && (missing0 = "effective")) || ((data.permitted === undefined) && (missing0 = "permitted"))) || ((data.inheritable === undefined) && (missing0 = "inheritable"))) || ((data.bounding === undefined) && (missing0 = "bounding"))) || ((data.ambient === undefined) && (missing0 = "ambient"))) || ((data.beyond_docker_default === undefined) && (missing0 = "beyond_docker_default"))) || ((data.no_new_privs === undefined) && (missing0 = "no_new_privs"))) || ((data.seccomp === undefined) && (missing0 = "seccomp"))) || ((data.error === undefined) && (missing0 = "error"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema42.properties, key0))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.effective !== undefined){
let data0 = data.effective;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
validate27.errors = [{instancePath:instancePath+"/effective/" + i0,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/effective/" + i0,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/effective",schemaPath:"#/properties/effective/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permitted !== undefined){
let data2 = data.permitted;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate27.errors = [{instancePath:instancePath+"/permitted/" + i1,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/permitted/" + i1,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/permitted",schemaPath:"#/properties/permitted/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inheritable !== undefined){
let data4 = data.inheritable;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid5 = true;
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
validate27.errors = [{instancePath:instancePath+"/inheritable/" + i2,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/inheritable/" + i2,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/inheritable",schemaPath:"#/properties/inheritable/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bounding !== undefined){
let data6 = data.bounding;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data6)){
var valid7 = true;
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
validate27.errors = [{instancePath:instancePath+"/bounding/" + i3,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/bounding/" + i3,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid7 = _errs19 === errors;
if(!valid7){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/bounding",schemaPath:"#/properties/bounding/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ambient !== undefined){
let data8 = data.ambient;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data8)){
var valid9 = true;
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
let data9 = data8[i4];
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
validate27.errors = [{instancePath:instancePath+"/ambient/" + i4,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/ambient/" + i4,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid9 = _errs24 === errors;
if(!valid9){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/ambient",schemaPath:"#/properties/ambient/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.beyond_docker_default !== undefined){
let data10 = data.beyond_docker_default;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data10)){
var valid11 = true;
const len5 = data10.length;
for(let i5=0; i5<len5; i5++){
let data11 = data10[i5];
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
validate27.errors = [{instancePath:instancePath+"/beyond_docker_default/" + i5,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/beyond_docker_default/" + i5,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid11 = _errs29 === errors;
if(!valid11){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/beyond_docker_default",schemaPath:"#/properties/beyond_docker_default/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.no_new_privs !== undefined){
let data12 = data.no_new_privs;
const _errs32 = errors;
if((typeof data12 !== "boolean") && (data12 !== null)){
validate27.errors = [{instancePath:instancePath+"/no_new_privs",schemaPath:"#/properties/no_new_privs/type",keyword:"type",params:{type: schema42.properties.no_new_privs.type}}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seccomp !== undefined){
let data13 = data.seccomp;
const _errs34 = errors;
if(!((((data13 === "disabled") || (data13 === "strict")) || (data13 === "filter")) || (data13 === null))){
validate27.errors = [{instancePath:instancePath+"/seccomp",schemaPath:"#/properties/seccomp/enum",keyword:"enum",params:{allowedValues: schema42.properties.seccomp.enum}}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data14 = data.error;
const _errs35 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate27.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema42.properties.error.type}}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","properties":{"cgroup_version":{"enum":["v1","v2","hybrid",null]},"memory":{"$ref":"#/$defs/memoryLimits"},"cpu":{"$ref":"#/$defs/cpuLimits"},"pids":{"$ref":"#/$defs/pidsLimits"},"error":{"type":["string","null"]}},"required":["cgroup_version","memory","cpu","pids","error"],"additionalProperties":false};
const schema51 = {"type":"object","properties":{"version":{"enum":["v1","v2",null]},"cgroup":{"type":["string","null"]},"directory":{"type":["string","null"]},"limit_bytes":{"type":["integer","null"],"minimum":0},"unlimited":{"type":["boolean","null"]},"limit_directory":{"type":["string","null"]},"machine_bytes":{"type":["integer","null"],"minimum":0},"usage_bytes":{"type":["integer","null"],"minimum":0},"peak_bytes":{"type":["integer","null"],"minimum":0},"swap_limit_bytes":{"type":["integer","null"],"minimum":0},"swap_unlimited":{"type":["boolean","null"]},"oom_kill":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"required":["version","cgroup","directory","limit_bytes","unlimited","limit_directory","machine_bytes","usage_bytes","peak_bytes","swap_limit_bytes","swap_unlimited","oom_kill","error"],"additionalProperties":false};
const schema52 = {"type":"object","properties":{"version":{"enum":["v1","v2",null]},"cgroup":{"type":["string","null"]},"directory":{"type":["string","null"]},"quota_us":{"type":["integer","null"],"minimum":0},"period_us":{"type":["integer","null"],"minimum":1},"unlimited":{"type":["boolean","null"]},"quota_cpus":{"type":["number","null"],"minimum":0},"cpuset":{"type":["string","null"]},"cpuset_count":{"type":["integer","null"],"minimum":1},"online_cpus":{"type":["integer","null"],"minimum":1},"affinity_cpus":{"type":["integer","null"],"minimum":1},"usable_cpus":{"type":["number","null"],"minimum":0},"error":{"type":["string","null"]}},"additionalProperties":false,"required":["version","cgroup","directory","quota_us","period_us","unlimited","quota_cpus","cpuset","cpuset_count","online_cpus","affinity_cpus","usable_cpus","error"]};
const schema53 = {"type":"object","properties":{"version":{"enum":["v1","v2",null]},"cgroup":{"type":["string","null"]},"directory":{"type":["string","null"]},"max":{"type":["integer","null"],"minimum":0},"unlimited":{"type":["boolean","null"]},"current":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"additionalProperties":false,"required":["version","cgroup","directory","max","unlimited","current","error"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.cgroup_version === undefined) && (missing0 = "cgroup_version")) || ((data.memory === undefined) && (missing0 = "memory"))) || ((data.cpu === undefined) && (missing0 = "cpu"))) || ((data.pids === undefined) && (missing0 = "pids"))) || ((data.error === undefined) && (missing0 = "error"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "cgroup_version") || (key0 === "memory")) || (key0 === "cpu")) || (key0 === "pids")) || (key0 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.cgroup_version !== undefined){
let data0 = data.cgroup_version;
const _errs2 = errors;
if(!((((data0 === "v1") || (data0 === "v2")) || (data0 === "hybrid")) || (data0 === null))){
validate29.errors = [{instancePath:instancePath+"/cgroup_version",schemaPath:"#/properties/cgroup_version/enum",keyword:"enum",params:{allowedValues: schema50.properties.cgroup_version.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memory !== undefined){
let data1 = data.memory;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((((((((((((data1.version === undefined) && (missing1 = "version")) || ((data1.cgroup === undefined) && (missing1 = "cgroup"))) || ((data1.directory === undefined) && (missing1 = "directory"))) || ((data1.limit_bytes === undefined) && (missing1 = "limit_bytes"))) || ((data1.unlimited === undefined) && (missing1 = "unlimited"))) || ((data1.limit_directory === undefined) && (missing1 = "limit_directory"))) || ((data1.machine_bytes === undefined) && (missing1 = "machine_bytes"))) || ((data1.usage_bytes === undefined) && (missing1 = "usage_bytes"))) || ((data1.peak_bytes === undefined) && (missing1 = "peak_bytes"))) || ((data1.swap_limit_bytes === undefined) && (missing1 = "swap_limit_bytes"))) || ((data1.swap_unlimited === undefined) && (missing1 = "swap_unlimited"))) || ((data1.oom_kill === undefined) && (missing1 = "oom_kill"))) || ((data1.error === undefined) && (missing1 = "error"))){
validate29.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/$defs/memoryLimits/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(func1.call(schema51.properties, key1))){
validate29.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/$defs/memoryLimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.version !== undefined){
let data2 = data1.version;
const _errs7 = errors;
if(!(((data2 === "v1") || (data2 === "v2")) || (data2 === null))){
validate29.errors = [{instancePath:instancePath+"/memory/version",schemaPath:"#/$defs/memoryLimits/properties/version/enum",keyword:"enum",params:{allowedValues: schema51.properties.version.enum}}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.cgroup !== undefined){
let data3 = data1.cgroup;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/cgroup",schemaPath:"#/$defs/memoryLimits/properties/cgroup/type",keyword:"type",params:{type: schema51.properties.cgroup.type}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.directory !== undefined){
let data4 = data1.directory;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/directory",schemaPath:"#/$defs/memoryLimits/properties/directory/type",keyword:"type",params:{type: schema51.properties.directory.type}}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.limit_bytes !== undefined){
let data5 = data1.limit_bytes;
const _errs12 = errors;
if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/limit_bytes",schemaPath:"#/$defs/memoryLimits/properties/limit_bytes/type",keyword:"type",params:{type: schema51.properties.limit_bytes.type}}];
return false;
}
if(errors === _errs12){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate29.errors = [{instancePath:instancePath+"/memory/limit_bytes",schemaPath:"#/$defs/memoryLimits/properties/limit_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.unlimited !== undefined){
let data6 = data1.unlimited;
const _errs14 = errors;
if((typeof data6 !== "boolean") && (data6 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/unlimited",schemaPath:"#/$defs/memoryLimits/properties/unlimited/type",keyword:"type",params:{type: schema51.properties.unlimited.type}}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.limit_directory !== undefined){
let data7 = data1.limit_directory;
const _errs16 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/limit_directory",schemaPath:"#/$defs/memoryLimits/properties/limit_directory/type",keyword:"type",params:{type: schema51.properties.limit_directory.type}}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.machine_bytes !== undefined){
let data8 = data1.machine_bytes;
const _errs18 = errors;
if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/machine_bytes",schemaPath:"#/$defs/memoryLimits/properties/machine_bytes/type",keyword:"type",params:{type: schema51.properties.machine_bytes.type}}];
return false;
}
if(errors === _errs18){
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
validate29.errors = [{instancePath:instancePath+"/memory/machine_bytes",schemaPath:"#/$defs/memoryLimits/properties/machine_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.usage_bytes !== undefined){
let data9 = data1.usage_bytes;
const _errs20 = errors;
if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/usage_bytes",schemaPath:"#/$defs/memoryLimits/properties/usage_bytes/type",keyword:"type",params:{type: schema51.properties.usage_bytes.type}}];
return false;
}
if(errors === _errs20){
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
validate29.errors = [{instancePath:instancePath+"/memory/usage_bytes",schemaPath:"#/$defs/memoryLimits/properties/usage_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.peak_bytes !== undefined){
let data10 = data1.peak_bytes;
const _errs22 = errors;
if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/peak_bytes",schemaPath:"#/$defs/memoryLimits/properties/peak_bytes/type",keyword:"type",params:{type: schema51.properties.peak_bytes.type}}];
return false;
}
if(errors === _errs22){
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
validate29.errors = [{instancePath:instancePath+"/memory/peak_bytes",schemaPath:"#/$defs/memoryLimits/properties/peak_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.swap_limit_bytes !== undefined){
let data11 = data1.swap_limit_bytes;
const _errs24 = errors;
if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/swap_limit_bytes",schemaPath:"#/$defs/memoryLimits/properties/swap_limit_bytes/type",keyword:"type",params:{type: schema51.properties.swap_limit_bytes.type}}];
return false;
}
if(errors === _errs24){
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/memory/swap_limit_bytes",schemaPath:"#/$defs/memoryLimits/properties/swap_limit_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.swap_unlimited !== undefined){
let data12 = data1.swap_unlimited;
const _errs26 = errors;
if((typeof data12 !== "boolean") && (data12 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/swap_unlimited",schemaPath:"#/$defs/memoryLimits/properties/swap_unlimited/type",keyword:"type",params:{type: schema51.properties.swap_unlimited.type}}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.oom_kill !== undefined){
let data13 = data1.oom_kill;
const _errs28 = errors;
if((!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) && (data13 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/oom_kill",schemaPath:"#/$defs/memoryLimits/properties/oom_kill/type",keyword:"type",params:{type: schema51.properties.oom_kill.type}}];
return false;
}
if(errors === _errs28){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate29.errors = [{instancePath:instancePath+"/memory/oom_kill",schemaPath:"#/$defs/memoryLimits/properties/oom_kill/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.error !== undefined){
let data14 = data1.error;
const _errs30 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate29.errors = [{instancePath:instancePath+"/memory/error",schemaPath:"#/$defs/memoryLimits/properties/error/type",keyword:"type",params:{type: schema51.properties.error.type}}];
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/$defs/memoryLimits/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cpu !== undefined){
let data15 = data.cpu;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing2;
if((((((((((((((data15.version === undefined) && (missing2 = "version")) || ((data15.cgroup === undefined) && (missing2 = "cgroup"))) || ((data15.directory === undefined) && (missing2 = "directory"))) || ((data15.quota_us === undefined) && (missing2 = "quota_us"))) || ((data15.period_us === undefined) && (missing2 = "period_us"))) || ((data15.unlimited === undefined) && (missing2 = "unlimited"))) || ((data15.quota_cpus === undefined) && (missing2 = "quota_cpus"))) || ((data15.cpuset === undefined) && (missing2 = "cpuset"))) || ((data15.cpuset_count === undefined) && (missing2 = "cpuset_count"))) || ((data15.online_cpus === undefined) && (missing2 = "online_cpus"))) || ((data15.affinity_cpus === undefined) && (missing2 = "affinity_cpus"))) || ((data15.usable_cpus === undefined) && (missing2 = "usable_cpus"))) || ((data15.error === undefined) && (missing2 = "error"))){
validate29.errors = [{instancePath:instancePath+"/cpu",schemaPath:"#/$defs/cpuLimits/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs35 = errors;
for(const key2 in data15){
if(!(func1.call(schema52.properties, key2))){
validate29.errors = [{instancePath:instancePath+"/cpu",schemaPath:"#/$defs/cpuLimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs35 === errors){
if(data15.version !== undefined){
let data16 = data15.version;
const _errs36 = errors;
if(!(((data16 === "v1") || (data16 === "v2")) || (data16 === null))){
validate29.errors = [{instancePath:instancePath+"/cpu/version",schemaPath:"#/$defs/cpuLimits/properties/version/enum",keyword:"enum",params:{allowedValues: schema52.properties.version.enum}}];
return false;
}
var valid4 = _errs36 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.cgroup !== undefined){
let data17 = data15.cgroup;
const _errs37 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/cgroup",schemaPath:"#/$defs/cpuLimits/properties/cgroup/type",keyword:"type",params:{type: schema52.properties.cgroup.type}}];
return false;
}
var valid4 = _errs37 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.directory !== undefined){
let data18 = data15.directory;
const _errs39 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/directory",schemaPath:"#/$defs/cpuLimits/properties/directory/type",keyword:"type",params:{type: schema52.properties.directory.type}}];
return false;
}
var valid4 = _errs39 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.quota_us !== undefined){
let data19 = data15.quota_us;
const _errs41 = errors;
if((!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))) && (data19 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/quota_us",schemaPath:"#/$defs/cpuLimits/properties/quota_us/type",keyword:"type",params:{type: schema52.properties.quota_us.type}}];
return false;
}
if(errors === _errs41){
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
validate29.errors = [{instancePath:instancePath+"/cpu/quota_us",schemaPath:"#/$defs/cpuLimits/properties/quota_us/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid4 = _errs41 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.period_us !== undefined){
let data20 = data15.period_us;
const _errs43 = errors;
if((!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))) && (data20 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/period_us",schemaPath:"#/$defs/cpuLimits/properties/period_us/type",keyword:"type",params:{type: schema52.properties.period_us.type}}];
return false;
}
if(errors === _errs43){
if(typeof data20 == "number"){
if(data20 < 1 || isNaN(data20)){
validate29.errors = [{instancePath:instancePath+"/cpu/period_us",schemaPath:"#/$defs/cpuLimits/properties/period_us/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid4 = _errs43 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.unlimited !== undefined){
let data21 = data15.unlimited;
const _errs45 = errors;
if((typeof data21 !== "boolean") && (data21 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/unlimited",schemaPath:"#/$defs/cpuLimits/properties/unlimited/type",keyword:"type",params:{type: schema52.properties.unlimited.type}}];
return false;
}
var valid4 = _errs45 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.quota_cpus !== undefined){
let data22 = data15.quota_cpus;
const _errs47 = errors;
if((!(typeof data22 == "number")) && (data22 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/quota_cpus",schemaPath:"#/$defs/cpuLimits/properties/quota_cpus/type",keyword:"type",params:{type: schema52.properties.quota_cpus.type}}];
return false;
}
if(errors === _errs47){
if(typeof data22 == "number"){
if(data22 < 0 || isNaN(data22)){
validate29.errors = [{instancePath:instancePath+"/cpu/quota_cpus",schemaPath:"#/$defs/cpuLimits/properties/quota_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid4 = _errs47 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.cpuset !== undefined){
let data23 = data15.cpuset;
const _errs49 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/cpuset",schemaPath:"#/$defs/cpuLimits/properties/cpuset/type",keyword:"type",params:{type: schema52.properties.cpuset.type}}];
return false;
}
var valid4 = _errs49 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.cpuset_count !== undefined){
let data24 = data15.cpuset_count;
const _errs51 = errors;
if((!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))) && (data24 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/cpuset_count",schemaPath:"#/$defs/cpuLimits/properties/cpuset_count/type",keyword:"type",params:{type: schema52.properties.cpuset_count.type}}];
return false;
}
if(errors === _errs51){
if(typeof data24 == "number"){
if(data24 < 1 || isNaN(data24)){
validate29.errors = [{instancePath:instancePath+"/cpu/cpuset_count",schemaPath:"#/$defs/cpuLimits/properties/cpuset_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid4 = _errs51 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.online_cpus !== undefined){
let data25 = data15.online_cpus;
const _errs53 = errors;
if((!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))) && (data25 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/online_cpus",schemaPath:"#/$defs/cpuLimits/properties/online_cpus/type",keyword:"type",params:{type: schema52.properties.online_cpus.type}}];
return false;
}
if(errors === _errs53){
if(typeof data25 == "number"){
if(data25 < 1 || isNaN(data25)){
validate29.errors = [{instancePath:instancePath+"/cpu/online_cpus",schemaPath:"#/$defs/cpuLimits/properties/online_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid4 = _errs53 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.affinity_cpus !== undefined){
let data26 = data15.affinity_cpus;
const _errs55 = errors;
if((!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))) && (data26 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/affinity_cpus",schemaPath:"#/$defs/cpuLimits/properties/affinity_cpus/type",keyword:"type",params:{type: schema52.properties.affinity_cpus.type}}];
return false;
}
if(errors === _errs55){
if(typeof data26 == "number"){
if(data26 < 1 || isNaN(data26)){
validate29.errors = [{instancePath:instancePath+"/cpu/affinity_cpus",schemaPath:"#/$defs/cpuLimits/properties/affinity_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
var valid4 = _errs55 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.usable_cpus !== undefined){
let data27 = data15.usable_cpus;
const _errs57 = errors;
if((!(typeof data27 == "number")) && (data27 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/usable_cpus",schemaPath:"#/$defs/cpuLimits/properties/usable_cpus/type",keyword:"type",params:{type: schema52.properties.usable_cpus.type}}];
return false;
}
if(errors === _errs57){
if(typeof data27 == "number"){
if(data27 < 0 || isNaN(data27)){
validate29.errors = [{instancePath:instancePath+"/cpu/usable_cpus",schemaPath:"#/$defs/cpuLimits/properties/usable_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid4 = _errs57 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data15.error !== undefined){
let data28 = data15.error;
const _errs59 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate29.errors = [{instancePath:instancePath+"/cpu/error",schemaPath:"#/$defs/cpuLimits/properties/error/type",keyword:"type",params:{type: schema52.properties.error.type}}];
return false;
}
var valid4 = _errs59 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/cpu",schemaPath:"#/$defs/cpuLimits/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pids !== undefined){
let data29 = data.pids;
const _errs61 = errors;
const _errs62 = errors;
if(errors === _errs62){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
let missing3;
if((((((((data29.version === undefined) && (missing3 = "version")) || ((data29.cgroup === undefined) && (missing3 = "cgroup"))) || ((data29.directory === undefined) && (missing3 = "directory"))) || ((data29.max === undefined) && (missing3 = "max"))) || ((data29.unlimited === undefined) && (missing3 = "unlimited"))) || ((data29.current === undefined) && (missing3 = "current"))) || ((data29.error === undefined) && (missing3 = "error"))){
validate29.errors = [{instancePath:instancePath+"/pids",schemaPath:"#/$defs/pidsLimits/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs64 = errors;
for(const key3 in data29){
if(!(((((((key3 === "version") || (key3 === "cgroup")) || (key3 === "directory")) || (key3 === "max")) || (key3 === "unlimited")) || (key3 === "current")) || (key3 === "error"))){
validate29.errors = [{instancePath:instancePath+"/pids",schemaPath:"#/$defs/pidsLimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
return false;
break;
}
}
if(_errs64 === errors){
if(data29.version !== undefined){
let data30 = data29.version;
const _errs65 = errors;
if(!(((data30 === "v1") || (data30 === "v2")) || (data30 === null))){
validate29.errors = [{instancePath:instancePath+"/pids/version",schemaPath:"#/$defs/pidsLimits/properties/version/enum",keyword:"enum",params:{allowedValues: schema53.properties.version.enum}}];
return false;
}
var valid6 = _errs65 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data29.cgroup !== undefined){
let data31 = data29.cgroup;
const _errs66 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate29.errors = [{instancePath:instancePath+"/pids/cgroup",schemaPath:"#/$defs/pidsLimits/properties/cgroup/type",keyword:"type",params:{type: schema53.properties.cgroup.type}}];
return false;
}
var valid6 = _errs66 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data29.directory !== undefined){
let data32 = data29.directory;
const _errs68 = errors;
if((typeof data32 !== "string") && (data32 !== null)){
validate29.errors = [{instancePath:instancePath+"/pids/directory",schemaPath:"#/$defs/pidsLimits/properties/directory/type",keyword:"type",params:{type: schema53.properties.directory.type}}];
return false;
}
var valid6 = _errs68 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data29.max !== undefined){
let data33 = data29.max;
const _errs70 = errors;
if((!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))) && (data33 !== null)){
validate29.errors = [{instancePath:instancePath+"/pids/max",schemaPath:"#/$defs/pidsLimits/properties/max/type",keyword:"type",params:{type: schema53.properties.max.type}}];
return false;
}
if(errors === _errs70){
if(typeof data33 == "number"){
if(data33 < 0 || isNaN(data33)){
validate29.errors = [{instancePath:instancePath+"/pids/max",schemaPath:"#/$defs/pidsLimits/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid6 = _errs70 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data29.unlimited !== undefined){
let data34 = data29.unlimited;
const _errs72 = errors;
if((typeof data34 !== "boolean") && (data34 !== null)){
validate29.errors = [{instancePath:instancePath+"/pids/unlimited",schemaPath:"#/$defs/pidsLimits/properties/unlimited/type",keyword:"type",params:{type: schema53.properties.unlimited.type}}];
return false;
}
var valid6 = _errs72 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data29.current !== undefined){
let data35 = data29.current;
const _errs74 = errors;
if((!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))) && (data35 !== null)){
validate29.errors = [{instancePath:instancePath+"/pids/current",schemaPath:"#/$defs/pidsLimits/properties/current/type",keyword:"type",params:{type: schema53.properties.current.type}}];
return false;
}
if(errors === _errs74){
if(typeof data35 == "number"){
if(data35 < 0 || isNaN(data35)){
validate29.errors = [{instancePath:instancePath+"/pids/current",schemaPath:"#/$defs/pidsLimits/properties/current/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid6 = _errs74 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data29.error !== undefined){
let data36 = data29.error;
const _errs76 = errors;
if((typeof data36 !== "string") && (data36 !== null)){
validate29.errors = [{instancePath:instancePath+"/pids/error",schemaPath:"#/$defs/pidsLimits/properties/error/type",keyword:"type",params:{type: schema53.properties.error.type}}];
return false;
}
var valid6 = _errs76 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/pids",schemaPath:"#/$defs/pidsLimits/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data37 = data.error;
const _errs78 = errors;
if((typeof data37 !== "string") && (data37 !== null)){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema50.properties.error.type}}];
return false;
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"local":{"type":"boolean"},"pid":{"type":"integer","minimum":0},"uid":{"type":"integer","minimum":0},"user":{"type":["string","null"]},"gid":{"type":"integer","minimum":0},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"capabilities":{"$ref":"#/$defs/kernelCapabilities"},"cgroup":{"$ref":"#/$defs/kernelCgroup"},"error":{"type":["string","null"]}},"required":["id","name","local","error"],"additionalProperties":false};
const schema58 = {"type":"object","properties":{"directory":{"type":["string","null"]},"same_as_server":{"type":["boolean","null"]},"limit_bytes":{"type":["integer","null"],"minimum":0},"unlimited":{"type":["boolean","null"]},"oom_kill":{"type":["integer","null"],"minimum":0},"error":{"type":["string","null"]}},"additionalProperties":false,"required":["directory","same_as_server","limit_bytes","unlimited","oom_kill","error"]};
const schema55 = {"type":"object","properties":{"effective":{"type":["array","null"],"items":{"$ref":"#/$defs/capability"}},"beyond_docker_default":{"type":["array","null"],"items":{"$ref":"#/$defs/capability"}},"error":{"type":["string","null"]}},"required":["effective","beyond_docker_default","error"],"additionalProperties":false};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.effective === undefined) && (missing0 = "effective")) || ((data.beyond_docker_default === undefined) && (missing0 = "beyond_docker_default"))) || ((data.error === undefined) && (missing0 = "error"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "effective") || (key0 === "beyond_docker_default")) || (key0 === "error"))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.effective !== undefined){
let data0 = data.effective;
const _errs2 = errors;
if((!(Array.isArray(data0))) && (data0 !== null)){
validate32.errors = [{instancePath:instancePath+"/effective",schemaPath:"#/properties/effective/type",keyword:"type",params:{type: schema55.properties.effective.type}}];
return false;
}
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
validate32.errors = [{instancePath:instancePath+"/effective/" + i0,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/effective/" + i0,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.beyond_docker_default !== undefined){
let data2 = data.beyond_docker_default;
const _errs7 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate32.errors = [{instancePath:instancePath+"/beyond_docker_default",schemaPath:"#/properties/beyond_docker_default/type",keyword:"type",params:{type: schema55.properties.beyond_docker_default.type}}];
return false;
}
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate32.errors = [{instancePath:instancePath+"/beyond_docker_default/" + i1,schemaPath:"#/$defs/capability/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z0-9_]+$"}}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/beyond_docker_default/" + i1,schemaPath:"#/$defs/capability/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data4 = data.error;
const _errs12 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate32.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema55.properties.error.type}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.local === undefined) && (missing0 = "local"))) || ((data.error === undefined) && (missing0 = "error"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema54.properties, key0))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate31.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema54.properties.name.type}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.local !== undefined){
const _errs6 = errors;
if(typeof data.local !== "boolean"){
validate31.errors = [{instancePath:instancePath+"/local",schemaPath:"#/properties/local/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pid !== undefined){
let data3 = data.pid;
const _errs8 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate31.errors = [{instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs8){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate31.errors = [{instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uid !== undefined){
let data4 = data.uid;
const _errs10 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate31.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs10){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate31.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
let data5 = data.user;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate31.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema54.properties.user.type}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gid !== undefined){
let data6 = data.gid;
const _errs14 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate31.errors = [{instancePath:instancePath+"/gid",schemaPath:"#/properties/gid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs14){
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
validate31.errors = [{instancePath:instancePath+"/gid",schemaPath:"#/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.host_uid !== undefined){
let data7 = data.host_uid;
const _errs16 = errors;
if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (data7 !== null)){
validate31.errors = [{instancePath:instancePath+"/host_uid",schemaPath:"#/properties/host_uid/type",keyword:"type",params:{type: schema54.properties.host_uid.type}}];
return false;
}
if(errors === _errs16){
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
validate31.errors = [{instancePath:instancePath+"/host_uid",schemaPath:"#/properties/host_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.host_gid !== undefined){
let data8 = data.host_gid;
const _errs18 = errors;
if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){
validate31.errors = [{instancePath:instancePath+"/host_gid",schemaPath:"#/properties/host_gid/type",keyword:"type",params:{type: schema54.properties.host_gid.type}}];
return false;
}
if(errors === _errs18){
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
validate31.errors = [{instancePath:instancePath+"/host_gid",schemaPath:"#/properties/host_gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capabilities !== undefined){
const _errs20 = errors;
if(!(validate32(data.capabilities, {instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cgroup !== undefined){
let data10 = data.cgroup;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((((((data10.directory === undefined) && (missing1 = "directory")) || ((data10.same_as_server === undefined) && (missing1 = "same_as_server"))) || ((data10.limit_bytes === undefined) && (missing1 = "limit_bytes"))) || ((data10.unlimited === undefined) && (missing1 = "unlimited"))) || ((data10.oom_kill === undefined) && (missing1 = "oom_kill"))) || ((data10.error === undefined) && (missing1 = "error"))){
validate31.errors = [{instancePath:instancePath+"/cgroup",schemaPath:"#/$defs/kernelCgroup/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs24 = errors;
for(const key1 in data10){
if(!((((((key1 === "directory") || (key1 === "same_as_server")) || (key1 === "limit_bytes")) || (key1 === "unlimited")) || (key1 === "oom_kill")) || (key1 === "error"))){
validate31.errors = [{instancePath:instancePath+"/cgroup",schemaPath:"#/$defs/kernelCgroup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs24 === errors){
if(data10.directory !== undefined){
let data11 = data10.directory;
const _errs25 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate31.errors = [{instancePath:instancePath+"/cgroup/directory",schemaPath:"#/$defs/kernelCgroup/properties/directory/type",keyword:"type",params:{type: schema58.properties.directory.type}}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data10.same_as_server !== undefined){
let data12 = data10.same_as_server;
const _errs27 = errors;
if((typeof data12 !== "boolean") && (data12 !== null)){
validate31.errors = [{instancePath:instancePath+"/cgroup/same_as_server",schemaPath:"#/$defs/kernelCgroup/properties/same_as_server/type",keyword:"type",params:{type: schema58.properties.same_as_server.type}}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data10.limit_bytes !== undefined){
let data13 = data10.limit_bytes;
const _errs29 = errors;
if((!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) && (data13 !== null)){
validate31.errors = [{instancePath:instancePath+"/cgroup/limit_bytes",schemaPath:"#/$defs/kernelCgroup/properties/limit_bytes/type",keyword:"type",params:{type: schema58.properties.limit_bytes.type}}];
return false;
}
if(errors === _errs29){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate31.errors = [{instancePath:instancePath+"/cgroup/limit_bytes",schemaPath:"#/$defs/kernelCgroup/properties/limit_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data10.unlimited !== undefined){
let data14 = data10.unlimited;
const _errs31 = errors;
if((typeof data14 !== "boolean") && (data14 !== null)){
validate31.errors = [{instancePath:instancePath+"/cgroup/unlimited",schemaPath:"#/$defs/kernelCgroup/properties/unlimited/type",keyword:"type",params:{type: schema58.properties.unlimited.type}}];
return false;
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data10.oom_kill !== undefined){
let data15 = data10.oom_kill;
const _errs33 = errors;
if((!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) && (data15 !== null)){
validate31.errors = [{instancePath:instancePath+"/cgroup/oom_kill",schemaPath:"#/$defs/kernelCgroup/properties/oom_kill/type",keyword:"type",params:{type: schema58.properties.oom_kill.type}}];
return false;
}
if(errors === _errs33){
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
validate31.errors = [{instancePath:instancePath+"/cgroup/oom_kill",schemaPath:"#/$defs/kernelCgroup/properties/oom_kill/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid2 = _errs33 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data10.error !== undefined){
let data16 = data10.error;
const _errs35 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate31.errors = [{instancePath:instancePath+"/cgroup/error",schemaPath:"#/$defs/kernelCgroup/properties/error/type",keyword:"type",params:{type: schema58.properties.error.type}}];
return false;
}
var valid2 = _errs35 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/cgroup",schemaPath:"#/$defs/kernelCgroup/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data17 = data.error;
const _errs37 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate31.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema54.properties.error.type}}];
return false;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","properties":{"security_label":{"type":"object","properties":{"label":{"type":["string","null"]},"kind":{"enum":["apparmor","selinux",null]},"mode":{"type":["string","null"]}},"required":["label","kind","mode"],"additionalProperties":false},"seccomp_filters":{"type":["integer","null"],"minimum":0},"runtime_sockets":{"type":"array","items":{"$ref":"#/$defs/runtimeSocket"}},"service_account_token":{"type":"object","properties":{"path":{"type":"string"},"present":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["path","present","error"],"additionalProperties":false},"proc_sys_read_only":{"type":["boolean","null"]},"cgroup_read_only":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["security_label","seccomp_filters","runtime_sockets","service_account_token","proc_sys_read_only","cgroup_read_only","error"],"additionalProperties":false};
const schema63 = {"type":"object","properties":{"path":{"type":"string"},"runtime":{"enum":["docker","containerd","cri-o","podman"]},"symlink_to":{"type":["string","null"]},"is_socket":{"type":["boolean","null"]},"writable":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["path","runtime","symlink_to","is_socket","writable","error"],"additionalProperties":false};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.security_label === undefined) && (missing0 = "security_label")) || ((data.seccomp_filters === undefined) && (missing0 = "seccomp_filters"))) || ((data.runtime_sockets === undefined) && (missing0 = "runtime_sockets"))) || ((data.service_account_token === undefined) && (missing0 = "service_account_token"))) || ((data.proc_sys_read_only === undefined) && (missing0 = "proc_sys_read_only"))) || ((data.cgroup_read_only === undefined) && (missing0 = "cgroup_read_only"))) || ((data.error === undefined) && (missing0 = "error"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "security_label") || (key0 === "seccomp_filters")) || (key0 === "runtime_sockets")) || (key0 === "service_account_token")) || (key0 === "proc_sys_read_only")) || (key0 === "cgroup_read_only")) || (key0 === "error"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.security_label !== undefined){
let data0 = data.security_label;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((((data0.label === undefined) && (missing1 = "label")) || ((data0.kind === undefined) && (missing1 = "kind"))) || ((data0.mode === undefined) && (missing1 = "mode"))){
validate35.errors = [{instancePath:instancePath+"/security_label",schemaPath:"#/properties/security_label/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!(((key1 === "label") || (key1 === "kind")) || (key1 === "mode"))){
validate35.errors = [{instancePath:instancePath+"/security_label",schemaPath:"#/properties/security_label/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.label !== undefined){
let data1 = data0.label;
const _errs5 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate35.errors = [{instancePath:instancePath+"/security_label/label",schemaPath:"#/properties/security_label/properties/label/type",keyword:"type",params:{type: schema62.properties.security_label.properties.label.type}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.kind !== undefined){
let data2 = data0.kind;
const _errs7 = errors;
if(!(((data2 === "apparmor") || (data2 === "selinux")) || (data2 === null))){
validate35.errors = [{instancePath:instancePath+"/security_label/kind",schemaPath:"#/properties/security_label/properties/kind/enum",keyword:"enum",params:{allowedValues: schema62.properties.security_label.properties.kind.enum}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.mode !== undefined){
let data3 = data0.mode;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate35.errors = [{instancePath:instancePath+"/security_label/mode",schemaPath:"#/properties/security_label/properties/mode/type",keyword:"type",params:{type: schema62.properties.security_label.properties.mode.type}}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/security_label",schemaPath:"#/properties/security_label/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seccomp_filters !== undefined){
let data4 = data.seccomp_filters;
const _errs10 = errors;
if((!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))) && (data4 !== null)){
validate35.errors = [{instancePath:instancePath+"/seccomp_filters",schemaPath:"#/properties/seccomp_filters/type",keyword:"type",params:{type: schema62.properties.seccomp_filters.type}}];
return false;
}
if(errors === _errs10){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate35.errors = [{instancePath:instancePath+"/seccomp_filters",schemaPath:"#/properties/seccomp_filters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.runtime_sockets !== undefined){
let data5 = data.runtime_sockets;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid2 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((((((data6.path === undefined) && (missing2 = "path")) || ((data6.runtime === undefined) && (missing2 = "runtime"))) || ((data6.symlink_to === undefined) && (missing2 = "symlink_to"))) || ((data6.is_socket === undefined) && (missing2 = "is_socket"))) || ((data6.writable === undefined) && (missing2 = "writable"))) || ((data6.error === undefined) && (missing2 = "error"))){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0,schemaPath:"#/$defs/runtimeSocket/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs17 = errors;
for(const key2 in data6){
if(!((((((key2 === "path") || (key2 === "runtime")) || (key2 === "symlink_to")) || (key2 === "is_socket")) || (key2 === "writable")) || (key2 === "error"))){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0,schemaPath:"#/$defs/runtimeSocket/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs17 === errors){
if(data6.path !== undefined){
const _errs18 = errors;
if(typeof data6.path !== "string"){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0+"/path",schemaPath:"#/$defs/runtimeSocket/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.runtime !== undefined){
let data8 = data6.runtime;
const _errs20 = errors;
if(!((((data8 === "docker") || (data8 === "containerd")) || (data8 === "cri-o")) || (data8 === "podman"))){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0+"/runtime",schemaPath:"#/$defs/runtimeSocket/properties/runtime/enum",keyword:"enum",params:{allowedValues: schema63.properties.runtime.enum}}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.symlink_to !== undefined){
let data9 = data6.symlink_to;
const _errs21 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0+"/symlink_to",schemaPath:"#/$defs/runtimeSocket/properties/symlink_to/type",keyword:"type",params:{type: schema63.properties.symlink_to.type}}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.is_socket !== undefined){
let data10 = data6.is_socket;
const _errs23 = errors;
if((typeof data10 !== "boolean") && (data10 !== null)){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0+"/is_socket",schemaPath:"#/$defs/runtimeSocket/properties/is_socket/type",keyword:"type",params:{type: schema63.properties.is_socket.type}}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.writable !== undefined){
let data11 = data6.writable;
const _errs25 = errors;
if((typeof data11 !== "boolean") && (data11 !== null)){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0+"/writable",schemaPath:"#/$defs/runtimeSocket/properties/writable/type",keyword:"type",params:{type: schema63.properties.writable.type}}];
return false;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.error !== undefined){
let data12 = data6.error;
const _errs27 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0+"/error",schemaPath:"#/$defs/runtimeSocket/properties/error/type",keyword:"type",params:{type: schema63.properties.error.type}}];
return false;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/runtime_sockets/" + i0,schemaPath:"#/$defs/runtimeSocket/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs14 === errors;
if(!valid2){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/runtime_sockets",schemaPath:"#/properties/runtime_sockets/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_account_token !== undefined){
let data13 = data.service_account_token;
const _errs29 = errors;
if(errors === _errs29){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing3;
if((((data13.path === undefined) && (missing3 = "path")) || ((data13.present === undefined) && (missing3 = "present"))) || ((data13.error === undefined) && (missing3 = "error"))){
validate35.errors = [{instancePath:instancePath+"/service_account_token",schemaPath:"#/properties/service_account_token/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs31 = errors;
for(const key3 in data13){
if(!(((key3 === "path") || (key3 === "present")) || (key3 === "error"))){
validate35.errors = [{instancePath:instancePath+"/service_account_token",schemaPath:"#/properties/service_account_token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
return false;
break;
}
}
if(_errs31 === errors){
if(data13.path !== undefined){
const _errs32 = errors;
if(typeof data13.path !== "string"){
validate35.errors = [{instancePath:instancePath+"/service_account_token/path",schemaPath:"#/properties/service_account_token/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs32 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.present !== undefined){
let data15 = data13.present;
const _errs34 = errors;
if((typeof data15 !== "boolean") && (data15 !== null)){
validate35.errors = [{instancePath:instancePath+"/service_account_token/present",schemaPath:"#/properties/service_account_token/properties/present/type",keyword:"type",params:{type: schema62.properties.service_account_token.properties.present.type}}];
return false;
}
var valid5 = _errs34 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.error !== undefined){
let data16 = data13.error;
const _errs36 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate35.errors = [{instancePath:instancePath+"/service_account_token/error",schemaPath:"#/properties/service_account_token/properties/error/type",keyword:"type",params:{type: schema62.properties.service_account_token.properties.error.type}}];
return false;
}
var valid5 = _errs36 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/service_account_token",schemaPath:"#/properties/service_account_token/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.proc_sys_read_only !== undefined){
let data17 = data.proc_sys_read_only;
const _errs38 = errors;
if((typeof data17 !== "boolean") && (data17 !== null)){
validate35.errors = [{instancePath:instancePath+"/proc_sys_read_only",schemaPath:"#/properties/proc_sys_read_only/type",keyword:"type",params:{type: schema62.properties.proc_sys_read_only.type}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cgroup_read_only !== undefined){
let data18 = data.cgroup_read_only;
const _errs40 = errors;
if((typeof data18 !== "boolean") && (data18 !== null)){
validate35.errors = [{instancePath:instancePath+"/cgroup_read_only",schemaPath:"#/properties/cgroup_read_only/type",keyword:"type",params:{type: schema62.properties.cgroup_read_only.type}}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data19 = data.error;
const _errs42 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate35.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema62.properties.error.type}}];
return false;
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"type":"object","properties":{"standard":{"const":"Kubernetes Pod Security Standards"},"level":{"enum":["privileged","baseline","restricted",null]},"level_text":{"type":"string"},"counts":{"type":"object","properties":{"met":{"type":"integer","minimum":0},"not_met":{"type":"integer","minimum":0},"unmeasured":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0}},"required":["met","not_met","unmeasured","unknown"],"additionalProperties":false},"controls":{"type":"array","items":{"$ref":"#/$defs/policyControl"}},"error":{"type":["string","null"]}},"required":["standard","level","level_text","counts","controls","error"],"additionalProperties":false};
const schema65 = {"type":"object","properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"level":{"enum":["baseline","restricted"]},"title":{"type":"string"},"requirement":{"type":"string"},"status":{"enum":["met","not_met","unmeasured","unknown"]},"measured":{"type":["string","null"]},"detail":{"type":["string","null"]}},"required":["id","level","title","requirement","status","measured","detail"],"additionalProperties":false};
const pattern15 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.standard === undefined) && (missing0 = "standard")) || ((data.level === undefined) && (missing0 = "level"))) || ((data.level_text === undefined) && (missing0 = "level_text"))) || ((data.counts === undefined) && (missing0 = "counts"))) || ((data.controls === undefined) && (missing0 = "controls"))) || ((data.error === undefined) && (missing0 = "error"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "standard") || (key0 === "level")) || (key0 === "level_text")) || (key0 === "counts")) || (key0 === "controls")) || (key0 === "error"))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.standard !== undefined){
const _errs2 = errors;
if("Kubernetes Pod Security Standards" !== data.standard){
validate37.errors = [{instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/const",keyword:"const",params:{allowedValue: "Kubernetes Pod Security Standards"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.level !== undefined){
let data1 = data.level;
const _errs3 = errors;
if(!((((data1 === "privileged") || (data1 === "baseline")) || (data1 === "restricted")) || (data1 === null))){
validate37.errors = [{instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema64.properties.level.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.level_text !== undefined){
const _errs4 = errors;
if(typeof data.level_text !== "string"){
validate37.errors = [{instancePath:instancePath+"/level_text",schemaPath:"#/properties/level_text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data3 = data.counts;
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((((data3.met === undefined) && (missing1 = "met")) || ((data3.not_met === undefined) && (missing1 = "not_met"))) || ((data3.unmeasured === undefined) && (missing1 = "unmeasured"))) || ((data3.unknown === undefined) && (missing1 = "unknown"))){
validate37.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data3){
if(!((((key1 === "met") || (key1 === "not_met")) || (key1 === "unmeasured")) || (key1 === "unknown"))){
validate37.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs8 === errors){
if(data3.met !== undefined){
let data4 = data3.met;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate37.errors = [{instancePath:instancePath+"/counts/met",schemaPath:"#/properties/counts/properties/met/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs9){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate37.errors = [{instancePath:instancePath+"/counts/met",schemaPath:"#/properties/counts/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.not_met !== undefined){
let data5 = data3.not_met;
const _errs11 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate37.errors = [{instancePath:instancePath+"/counts/not_met",schemaPath:"#/properties/counts/properties/not_met/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs11){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate37.errors = [{instancePath:instancePath+"/counts/not_met",schemaPath:"#/properties/counts/properties/not_met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.unmeasured !== undefined){
let data6 = data3.unmeasured;
const _errs13 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate37.errors = [{instancePath:instancePath+"/counts/unmeasured",schemaPath:"#/properties/counts/properties/unmeasured/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs13){
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
validate37.errors = [{instancePath:instancePath+"/counts/unmeasured",schemaPath:"#/properties/counts/properties/unmeasured/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.unknown !== undefined){
let data7 = data3.unknown;
const _errs15 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate37.errors = [{instancePath:instancePath+"/counts/unknown",schemaPath:"#/properties/counts/properties/unknown/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs15){
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
validate37.errors = [{instancePath:instancePath+"/counts/unknown",schemaPath:"#/properties/counts/properties/unknown/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.controls !== undefined){
let data8 = data.controls;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid2 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if((((((((data9.id === undefined) && (missing2 = "id")) || ((data9.level === undefined) && (missing2 = "level"))) || ((data9.title === undefined) && (missing2 = "title"))) || ((data9.requirement === undefined) && (missing2 = "requirement"))) || ((data9.status === undefined) && (missing2 = "status"))) || ((data9.measured === undefined) && (missing2 = "measured"))) || ((data9.detail === undefined) && (missing2 = "detail"))){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0,schemaPath:"#/$defs/policyControl/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs22 = errors;
for(const key2 in data9){
if(!(((((((key2 === "id") || (key2 === "level")) || (key2 === "title")) || (key2 === "requirement")) || (key2 === "status")) || (key2 === "measured")) || (key2 === "detail"))){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0,schemaPath:"#/$defs/policyControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs22 === errors){
if(data9.id !== undefined){
let data10 = data9.id;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data10 === "string"){
if(!pattern15.test(data10)){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/$defs/policyControl/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/$defs/policyControl/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.level !== undefined){
let data11 = data9.level;
const _errs25 = errors;
if(!((data11 === "baseline") || (data11 === "restricted"))){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/policyControl/properties/level/enum",keyword:"enum",params:{allowedValues: schema65.properties.level.enum}}];
return false;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.title !== undefined){
const _errs26 = errors;
if(typeof data9.title !== "string"){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/title",schemaPath:"#/$defs/policyControl/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.requirement !== undefined){
const _errs28 = errors;
if(typeof data9.requirement !== "string"){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/requirement",schemaPath:"#/$defs/policyControl/properties/requirement/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.status !== undefined){
let data14 = data9.status;
const _errs30 = errors;
if(!((((data14 === "met") || (data14 === "not_met")) || (data14 === "unmeasured")) || (data14 === "unknown"))){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/status",schemaPath:"#/$defs/policyControl/properties/status/enum",keyword:"enum",params:{allowedValues: schema65.properties.status.enum}}];
return false;
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.measured !== undefined){
let data15 = data9.measured;
const _errs31 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/measured",schemaPath:"#/$defs/policyControl/properties/measured/type",keyword:"type",params:{type: schema65.properties.measured.type}}];
return false;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.detail !== undefined){
let data16 = data9.detail;
const _errs33 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate37.errors = [{instancePath:instancePath+"/controls/" + i0+"/detail",schemaPath:"#/$defs/policyControl/properties/detail/type",keyword:"type",params:{type: schema65.properties.detail.type}}];
return false;
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/controls/" + i0,schemaPath:"#/$defs/policyControl/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs19 === errors;
if(!valid2){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data17 = data.error;
const _errs35 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate37.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema64.properties.error.type}}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"type":"object","properties":{"verdict":{"type":"object","properties":{"tone":{"$ref":"#/$defs/tone"},"text":{"type":"string"}},"required":["tone","text"],"additionalProperties":false},"glance":{"type":"array","items":{"$ref":"#/$defs/glanceLine"}},"sections":{"type":"array","items":{"type":"object","properties":{"id":{"enum":["findings","run_as","user_namespace","context","home","mounts","endpoints","credentials","metadata","capabilities","walls","policy","limits","storage","kernels"]},"title":{"type":"string"}},"required":["id","title"],"additionalProperties":false}},"severity_order":{"type":"array","items":{"$ref":"#/$defs/severity"}},"finding_counts":{"type":"object","properties":{"critical":{"type":"integer","minimum":0},"warning":{"type":"integer","minimum":0},"info":{"type":"integer","minimum":0}},"required":["critical","warning","info"],"additionalProperties":false},"worst_severity":{"enum":["critical","warning","info",null]}},"required":["verdict","glance","sections","severity_order","finding_counts","worst_severity"],"additionalProperties":false};
const schema67 = {"enum":["ok","warning","critical","unknown","neutral"]};
const schema68 = {"type":"object","properties":{"id":{"enum":["run_as","host","home","endpoints"]},"section":{"enum":["run_as","user_namespace","home","endpoints"]},"label":{"type":"string"},"text":{"type":"string"},"tone":{"$ref":"#/$defs/tone"}},"required":["id","section","label","text","tone"],"additionalProperties":false};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.section === undefined) && (missing0 = "section"))) || ((data.label === undefined) && (missing0 = "label"))) || ((data.text === undefined) && (missing0 = "text"))) || ((data.tone === undefined) && (missing0 = "tone"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "section")) || (key0 === "label")) || (key0 === "text")) || (key0 === "tone"))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(!((((data0 === "run_as") || (data0 === "host")) || (data0 === "home")) || (data0 === "endpoints"))){
validate40.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/enum",keyword:"enum",params:{allowedValues: schema68.properties.id.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.section !== undefined){
let data1 = data.section;
const _errs3 = errors;
if(!((((data1 === "run_as") || (data1 === "user_namespace")) || (data1 === "home")) || (data1 === "endpoints"))){
validate40.errors = [{instancePath:instancePath+"/section",schemaPath:"#/properties/section/enum",keyword:"enum",params:{allowedValues: schema68.properties.section.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
const _errs4 = errors;
if(typeof data.label !== "string"){
validate40.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs6 = errors;
if(typeof data.text !== "string"){
validate40.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tone !== undefined){
let data4 = data.tone;
const _errs8 = errors;
if(!(((((data4 === "ok") || (data4 === "warning")) || (data4 === "critical")) || (data4 === "unknown")) || (data4 === "neutral"))){
validate40.errors = [{instancePath:instancePath+"/tone",schemaPath:"#/$defs/tone/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.verdict === undefined) && (missing0 = "verdict")) || ((data.glance === undefined) && (missing0 = "glance"))) || ((data.sections === undefined) && (missing0 = "sections"))) || ((data.severity_order === undefined) && (missing0 = "severity_order"))) || ((data.finding_counts === undefined) && (missing0 = "finding_counts"))) || ((data.worst_severity === undefined) && (missing0 = "worst_severity"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "verdict") || (key0 === "glance")) || (key0 === "sections")) || (key0 === "severity_order")) || (key0 === "finding_counts")) || (key0 === "worst_severity"))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.verdict !== undefined){
let data0 = data.verdict;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.tone === undefined) && (missing1 = "tone")) || ((data0.text === undefined) && (missing1 = "text"))){
validate39.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!((key1 === "tone") || (key1 === "text"))){
validate39.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.tone !== undefined){
let data1 = data0.tone;
const _errs5 = errors;
if(!(((((data1 === "ok") || (data1 === "warning")) || (data1 === "critical")) || (data1 === "unknown")) || (data1 === "neutral"))){
validate39.errors = [{instancePath:instancePath+"/verdict/tone",schemaPath:"#/$defs/tone/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.text !== undefined){
const _errs7 = errors;
if(typeof data0.text !== "string"){
validate39.errors = [{instancePath:instancePath+"/verdict/text",schemaPath:"#/properties/verdict/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.glance !== undefined){
let data3 = data.glance;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate40(data3[i0], {instancePath:instancePath+"/glance/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/glance",schemaPath:"#/properties/glance/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sections !== undefined){
let data5 = data.sections;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((data6.id === undefined) && (missing2 = "id")) || ((data6.title === undefined) && (missing2 = "title"))){
validate39.errors = [{instancePath:instancePath+"/sections/" + i1,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs16 = errors;
for(const key2 in data6){
if(!((key2 === "id") || (key2 === "title"))){
validate39.errors = [{instancePath:instancePath+"/sections/" + i1,schemaPath:"#/properties/sections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.id !== undefined){
let data7 = data6.id;
const _errs17 = errors;
if(!(((((((((((((((data7 === "findings") || (data7 === "run_as")) || (data7 === "user_namespace")) || (data7 === "context")) || (data7 === "home")) || (data7 === "mounts")) || (data7 === "endpoints")) || (data7 === "credentials")) || (data7 === "metadata")) || (data7 === "capabilities")) || (data7 === "walls")) || (data7 === "policy")) || (data7 === "limits")) || (data7 === "storage")) || (data7 === "kernels"))){
validate39.errors = [{instancePath:instancePath+"/sections/" + i1+"/id",schemaPath:"#/properties/sections/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema66.properties.sections.items.properties.id.enum}}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.title !== undefined){
const _errs18 = errors;
if(typeof data6.title !== "string"){
validate39.errors = [{instancePath:instancePath+"/sections/" + i1+"/title",schemaPath:"#/properties/sections/items/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/sections/" + i1,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity_order !== undefined){
let data9 = data.severity_order;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data9)){
var valid6 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs22 = errors;
if(!(((data10 === "critical") || (data10 === "warning")) || (data10 === "info"))){
validate39.errors = [{instancePath:instancePath+"/severity_order/" + i2,schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema33.enum}}];
return false;
}
var valid6 = _errs22 === errors;
if(!valid6){
break;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/severity_order",schemaPath:"#/properties/severity_order/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.finding_counts !== undefined){
let data11 = data.finding_counts;
const _errs24 = errors;
if(errors === _errs24){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((((data11.critical === undefined) && (missing3 = "critical")) || ((data11.warning === undefined) && (missing3 = "warning"))) || ((data11.info === undefined) && (missing3 = "info"))){
validate39.errors = [{instancePath:instancePath+"/finding_counts",schemaPath:"#/properties/finding_counts/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs26 = errors;
for(const key3 in data11){
if(!(((key3 === "critical") || (key3 === "warning")) || (key3 === "info"))){
validate39.errors = [{instancePath:instancePath+"/finding_counts",schemaPath:"#/properties/finding_counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
return false;
break;
}
}
if(_errs26 === errors){
if(data11.critical !== undefined){
let data12 = data11.critical;
const _errs27 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
validate39.errors = [{instancePath:instancePath+"/finding_counts/critical",schemaPath:"#/properties/finding_counts/properties/critical/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs27){
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
validate39.errors = [{instancePath:instancePath+"/finding_counts/critical",schemaPath:"#/properties/finding_counts/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid8 = _errs27 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.warning !== undefined){
let data13 = data11.warning;
const _errs29 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate39.errors = [{instancePath:instancePath+"/finding_counts/warning",schemaPath:"#/properties/finding_counts/properties/warning/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs29){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate39.errors = [{instancePath:instancePath+"/finding_counts/warning",schemaPath:"#/properties/finding_counts/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.info !== undefined){
let data14 = data11.info;
const _errs31 = errors;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
validate39.errors = [{instancePath:instancePath+"/finding_counts/info",schemaPath:"#/properties/finding_counts/properties/info/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs31){
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
validate39.errors = [{instancePath:instancePath+"/finding_counts/info",schemaPath:"#/properties/finding_counts/properties/info/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid8 = _errs31 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/finding_counts",schemaPath:"#/properties/finding_counts/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.worst_severity !== undefined){
let data15 = data.worst_severity;
const _errs33 = errors;
if(!((((data15 === "critical") || (data15 === "warning")) || (data15 === "info")) || (data15 === null))){
validate39.errors = [{instancePath:instancePath+"/worst_severity",schemaPath:"#/properties/worst_severity/enum",keyword:"enum",params:{allowedValues: schema66.properties.worst_severity.enum}}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"type":"object","properties":{"tone":{"$ref":"#/$defs/tone"},"text":{"type":"string"},"reason":{"type":["string","null"]}},"required":["tone","text","reason"],"additionalProperties":false};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.tone === undefined) && (missing0 = "tone")) || ((data.text === undefined) && (missing0 = "text"))) || ((data.reason === undefined) && (missing0 = "reason"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "tone") || (key0 === "text")) || (key0 === "reason"))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.tone !== undefined){
let data0 = data.tone;
const _errs2 = errors;
if(!(((((data0 === "ok") || (data0 === "warning")) || (data0 === "critical")) || (data0 === "unknown")) || (data0 === "neutral"))){
validate43.errors = [{instancePath:instancePath+"/tone",schemaPath:"#/$defs/tone/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs4 = errors;
if(typeof data.text !== "string"){
validate43.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data2 = data.reason;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate43.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema71.properties.reason.type}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema73 = {"type":"object","properties":{"id":{"type":"string"},"text":{"type":"string"},"tone":{"$ref":"#/$defs/tone"}},"required":["id","text","tone"],"additionalProperties":false};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.text === undefined) && (missing0 = "text"))) || ((data.tone === undefined) && (missing0 = "tone"))){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "text")) || (key0 === "tone"))){
validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate45.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs4 = errors;
if(typeof data.text !== "string"){
validate45.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tone !== undefined){
let data2 = data.tone;
const _errs6 = errors;
if(!(((((data2 === "ok") || (data2 === "warning")) || (data2 === "critical")) || (data2 === "unknown")) || (data2 === "neutral"))){
validate45.errors = [{instancePath:instancePath+"/tone",schemaPath:"#/$defs/tone/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:jupyterlab-isolation-info:report:1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((((((((data.schema_version === undefined) && (missing0 = "schema_version")) || ((data.generated_at === undefined) && (missing0 = "generated_at"))) || ((data.findings === undefined) && (missing0 = "findings"))) || ((data.run_as === undefined) && (missing0 = "run_as"))) || ((data.user_namespace === undefined) && (missing0 = "user_namespace"))) || ((data.home === undefined) && (missing0 = "home"))) || ((data.metadata === undefined) && (missing0 = "metadata"))) || ((data.endpoints === undefined) && (missing0 = "endpoints"))) || ((data.capabilities === undefined) && (missing0 = "capabilities"))) || ((data.storage === undefined) && (missing0 = "storage"))) || ((data.limits === undefined) && (missing0 = "limits"))) || ((data.context === undefined) && (missing0 = "context"))) || ((data.mounts === undefined) && (missing0 = "mounts"))) || ((data.credentials === undefined) && (missing0 = "credentials"))) || ((data.walls === undefined) && (missing0 = "walls"))) || ((data.policy === undefined) && (missing0 = "policy"))) || ((data.errors === undefined) && (missing0 = "errors"))) || ((data.summary === undefined) && (missing0 = "summary"))) || ((data.tones === undefined) && (missing0 = "tones"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema_version !== undefined){
const _errs2 = errors;
if(1 !== data.schema_version){
validate20.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generated_at !== undefined){
let data1 = data.generated_at;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate20.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/pattern",keyword:"pattern",params:{pattern: "Z$"}}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate20.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findings !== undefined){
let data2 = data.findings;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate21(data2[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.run_as !== undefined){
const _errs8 = errors;
if(!(validate23(data.run_as, {instancePath:instancePath+"/run_as",parentData:data,parentDataProperty:"run_as",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_namespace !== undefined){
const _errs9 = errors;
if(!(validate25(data.user_namespace, {instancePath:instancePath+"/user_namespace",parentData:data,parentDataProperty:"user_namespace",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.home !== undefined){
let data6 = data.home;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if(((((((((((((data6.path === undefined) && (missing1 = "path")) || ((data6.exists === undefined) && (missing1 = "exists"))) || ((data6.owner_uid === undefined) && (missing1 = "owner_uid"))) || ((data6.owner_gid === undefined) && (missing1 = "owner_gid"))) || ((data6.owner_name === undefined) && (missing1 = "owner_name"))) || ((data6.mode === undefined) && (missing1 = "mode"))) || ((data6.host_owner_uid === undefined) && (missing1 = "host_owner_uid"))) || ((data6.owner_is_run_as === undefined) && (missing1 = "owner_is_run_as"))) || ((data6.owner_unmapped === undefined) && (missing1 = "owner_unmapped"))) || ((data6.filesystem === undefined) && (missing1 = "filesystem"))) || ((data6.mount_source === undefined) && (missing1 = "mount_source"))) || ((data6.error === undefined) && (missing1 = "error"))){
validate20.errors = [{instancePath:instancePath+"/home",schemaPath:"#/$defs/home/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data6){
if(!(func1.call(schema39.properties, key1))){
validate20.errors = [{instancePath:instancePath+"/home",schemaPath:"#/$defs/home/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs13 === errors){
if(data6.path !== undefined){
let data7 = data6.path;
const _errs14 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/path",schemaPath:"#/$defs/home/properties/path/type",keyword:"type",params:{type: schema39.properties.path.type}}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.exists !== undefined){
let data8 = data6.exists;
const _errs16 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/exists",schemaPath:"#/$defs/home/properties/exists/type",keyword:"type",params:{type: schema39.properties.exists.type}}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.owner_uid !== undefined){
let data9 = data6.owner_uid;
const _errs18 = errors;
if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/owner_uid",schemaPath:"#/$defs/home/properties/owner_uid/type",keyword:"type",params:{type: schema39.properties.owner_uid.type}}];
return false;
}
if(errors === _errs18){
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
validate20.errors = [{instancePath:instancePath+"/home/owner_uid",schemaPath:"#/$defs/home/properties/owner_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.owner_gid !== undefined){
let data10 = data6.owner_gid;
const _errs20 = errors;
if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/owner_gid",schemaPath:"#/$defs/home/properties/owner_gid/type",keyword:"type",params:{type: schema39.properties.owner_gid.type}}];
return false;
}
if(errors === _errs20){
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
validate20.errors = [{instancePath:instancePath+"/home/owner_gid",schemaPath:"#/$defs/home/properties/owner_gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.owner_name !== undefined){
let data11 = data6.owner_name;
const _errs22 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/owner_name",schemaPath:"#/$defs/home/properties/owner_name/type",keyword:"type",params:{type: schema39.properties.owner_name.type}}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.mode !== undefined){
let data12 = data6.mode;
const _errs24 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/mode",schemaPath:"#/$defs/home/properties/mode/type",keyword:"type",params:{type: schema39.properties.mode.type}}];
return false;
}
if(errors === _errs24){
if(typeof data12 === "string"){
if(!pattern5.test(data12)){
validate20.errors = [{instancePath:instancePath+"/home/mode",schemaPath:"#/$defs/home/properties/mode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{4}$"}}];
return false;
}
}
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.host_owner_uid !== undefined){
let data13 = data6.host_owner_uid;
const _errs26 = errors;
if((!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) && (data13 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/host_owner_uid",schemaPath:"#/$defs/home/properties/host_owner_uid/type",keyword:"type",params:{type: schema39.properties.host_owner_uid.type}}];
return false;
}
if(errors === _errs26){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate20.errors = [{instancePath:instancePath+"/home/host_owner_uid",schemaPath:"#/$defs/home/properties/host_owner_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.owner_is_run_as !== undefined){
let data14 = data6.owner_is_run_as;
const _errs28 = errors;
if((typeof data14 !== "boolean") && (data14 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/owner_is_run_as",schemaPath:"#/$defs/home/properties/owner_is_run_as/type",keyword:"type",params:{type: schema39.properties.owner_is_run_as.type}}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.owner_unmapped !== undefined){
let data15 = data6.owner_unmapped;
const _errs30 = errors;
if((typeof data15 !== "boolean") && (data15 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/owner_unmapped",schemaPath:"#/$defs/home/properties/owner_unmapped/type",keyword:"type",params:{type: schema39.properties.owner_unmapped.type}}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.filesystem !== undefined){
let data16 = data6.filesystem;
const _errs32 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/filesystem",schemaPath:"#/$defs/home/properties/filesystem/type",keyword:"type",params:{type: schema39.properties.filesystem.type}}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.mount_source !== undefined){
let data17 = data6.mount_source;
const _errs34 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/mount_source",schemaPath:"#/$defs/home/properties/mount_source/type",keyword:"type",params:{type: schema39.properties.mount_source.type}}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.error !== undefined){
let data18 = data6.error;
const _errs36 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate20.errors = [{instancePath:instancePath+"/home/error",schemaPath:"#/$defs/home/properties/error/type",keyword:"type",params:{type: schema39.properties.error.type}}];
return false;
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/home",schemaPath:"#/$defs/home/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data19 = data.metadata;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing2;
if((((((((data19.path === undefined) && (missing2 = "path")) || ((data19.found === undefined) && (missing2 = "found"))) || ((data19.read_only === undefined) && (missing2 = "read_only"))) || ((data19.fields === undefined) && (missing2 = "fields"))) || ((data19.notes === undefined) && (missing2 = "notes"))) || ((data19.repeated_keys === undefined) && (missing2 = "repeated_keys"))) || ((data19.error === undefined) && (missing2 = "error"))){
validate20.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/$defs/metadata/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs41 = errors;
for(const key2 in data19){
if(!(((((((key2 === "path") || (key2 === "found")) || (key2 === "read_only")) || (key2 === "fields")) || (key2 === "notes")) || (key2 === "repeated_keys")) || (key2 === "error"))){
validate20.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/$defs/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs41 === errors){
if(data19.path !== undefined){
const _errs42 = errors;
if(typeof data19.path !== "string"){
validate20.errors = [{instancePath:instancePath+"/metadata/path",schemaPath:"#/$defs/metadata/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs42 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data19.found !== undefined){
let data21 = data19.found;
const _errs44 = errors;
if((typeof data21 !== "boolean") && (data21 !== null)){
validate20.errors = [{instancePath:instancePath+"/metadata/found",schemaPath:"#/$defs/metadata/properties/found/type",keyword:"type",params:{type: schema40.properties.found.type}}];
return false;
}
var valid5 = _errs44 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data19.read_only !== undefined){
let data22 = data19.read_only;
const _errs46 = errors;
if((typeof data22 !== "boolean") && (data22 !== null)){
validate20.errors = [{instancePath:instancePath+"/metadata/read_only",schemaPath:"#/$defs/metadata/properties/read_only/type",keyword:"type",params:{type: schema40.properties.read_only.type}}];
return false;
}
var valid5 = _errs46 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data19.fields !== undefined){
let data23 = data19.fields;
const _errs48 = errors;
if((!(data23 && typeof data23 == "object" && !Array.isArray(data23))) && (data23 !== null)){
validate20.errors = [{instancePath:instancePath+"/metadata/fields",schemaPath:"#/$defs/metadata/properties/fields/type",keyword:"type",params:{type: schema40.properties.fields.type}}];
return false;
}
var valid5 = _errs48 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data19.notes !== undefined){
let data24 = data19.notes;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data24)){
var valid6 = true;
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
const _errs53 = errors;
if(typeof data24[i1] !== "string"){
validate20.errors = [{instancePath:instancePath+"/metadata/notes/" + i1,schemaPath:"#/$defs/metadata/properties/notes/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs53 === errors;
if(!valid6){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/metadata/notes",schemaPath:"#/$defs/metadata/properties/notes/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid5 = _errs51 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data19.repeated_keys !== undefined){
let data26 = data19.repeated_keys;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data26)){
var valid7 = true;
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
const _errs57 = errors;
if(typeof data26[i2] !== "string"){
validate20.errors = [{instancePath:instancePath+"/metadata/repeated_keys/" + i2,schemaPath:"#/$defs/metadata/properties/repeated_keys/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs57 === errors;
if(!valid7){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/metadata/repeated_keys",schemaPath:"#/$defs/metadata/properties/repeated_keys/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid5 = _errs55 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data19.error !== undefined){
let data28 = data19.error;
const _errs59 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate20.errors = [{instancePath:instancePath+"/metadata/error",schemaPath:"#/$defs/metadata/properties/error/type",keyword:"type",params:{type: schema40.properties.error.type}}];
return false;
}
var valid5 = _errs59 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/$defs/metadata/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpoints !== undefined){
let data29 = data.endpoints;
const _errs61 = errors;
if(errors === _errs61){
if(Array.isArray(data29)){
var valid8 = true;
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
let data30 = data29[i3];
const _errs63 = errors;
const _errs64 = errors;
if(errors === _errs64){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing3;
if((((((((((data30.id === undefined) && (missing3 = "id")) || ((data30.name === undefined) && (missing3 = "name"))) || ((data30.host === undefined) && (missing3 = "host"))) || ((data30.port === undefined) && (missing3 = "port"))) || ((data30.address === undefined) && (missing3 = "address"))) || ((data30.expected === undefined) && (missing3 = "expected"))) || ((data30.status === undefined) && (missing3 = "status"))) || ((data30.method === undefined) && (missing3 = "method"))) || ((data30.detail === undefined) && (missing3 = "detail"))){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3,schemaPath:"#/$defs/endpoint/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs66 = errors;
for(const key3 in data30){
if(!(func1.call(schema41.properties, key3))){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3,schemaPath:"#/$defs/endpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
return false;
break;
}
}
if(_errs66 === errors){
if(data30.id !== undefined){
const _errs67 = errors;
if(typeof data30.id !== "string"){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/id",schemaPath:"#/$defs/endpoint/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs67 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.name !== undefined){
const _errs69 = errors;
if(typeof data30.name !== "string"){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/name",schemaPath:"#/$defs/endpoint/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs69 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.host !== undefined){
const _errs71 = errors;
if(typeof data30.host !== "string"){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/host",schemaPath:"#/$defs/endpoint/properties/host/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs71 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.port !== undefined){
let data34 = data30.port;
const _errs73 = errors;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/port",schemaPath:"#/$defs/endpoint/properties/port/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs73){
if(typeof data34 == "number"){
if(data34 > 65535 || isNaN(data34)){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/port",schemaPath:"#/$defs/endpoint/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}}];
return false;
}
else {
if(data34 < 0 || isNaN(data34)){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/port",schemaPath:"#/$defs/endpoint/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid10 = _errs73 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.address !== undefined){
const _errs75 = errors;
if(typeof data30.address !== "string"){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/address",schemaPath:"#/$defs/endpoint/properties/address/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs75 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.expected !== undefined){
let data36 = data30.expected;
const _errs77 = errors;
if(!((data36 === "blocked") || (data36 === "reachable"))){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/expected",schemaPath:"#/$defs/endpoint/properties/expected/enum",keyword:"enum",params:{allowedValues: schema41.properties.expected.enum}}];
return false;
}
var valid10 = _errs77 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.status !== undefined){
let data37 = data30.status;
const _errs78 = errors;
if(!((((data37 === "blocked") || (data37 === "routable")) || (data37 === "reachable")) || (data37 === "unknown"))){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/status",schemaPath:"#/$defs/endpoint/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum}}];
return false;
}
var valid10 = _errs78 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.method !== undefined){
let data38 = data30.method;
const _errs79 = errors;
if(!((data38 === "route") || (data38 === "connect"))){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/method",schemaPath:"#/$defs/endpoint/properties/method/enum",keyword:"enum",params:{allowedValues: schema41.properties.method.enum}}];
return false;
}
var valid10 = _errs79 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data30.detail !== undefined){
const _errs80 = errors;
if(typeof data30.detail !== "string"){
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3+"/detail",schemaPath:"#/$defs/endpoint/properties/detail/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs80 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/endpoints/" + i3,schemaPath:"#/$defs/endpoint/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid8 = _errs63 === errors;
if(!valid8){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capabilities !== undefined){
const _errs82 = errors;
if(!(validate27(data.capabilities, {instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.storage !== undefined){
let data41 = data.storage;
const _errs83 = errors;
if(errors === _errs83){
if(Array.isArray(data41)){
var valid11 = true;
const len4 = data41.length;
for(let i4=0; i4<len4; i4++){
let data42 = data41[i4];
const _errs85 = errors;
const _errs86 = errors;
if(errors === _errs86){
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
let missing4;
if(((((data42.path === undefined) && (missing4 = "path")) || ((data42.filesystem === undefined) && (missing4 = "filesystem"))) || ((data42.mount_source === undefined) && (missing4 = "mount_source"))) || ((data42.read_only === undefined) && (missing4 = "read_only"))){
validate20.errors = [{instancePath:instancePath+"/storage/" + i4,schemaPath:"#/$defs/storageEntry/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
const _errs88 = errors;
for(const key4 in data42){
if(!((((key4 === "path") || (key4 === "filesystem")) || (key4 === "mount_source")) || (key4 === "read_only"))){
validate20.errors = [{instancePath:instancePath+"/storage/" + i4,schemaPath:"#/$defs/storageEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}}];
return false;
break;
}
}
if(_errs88 === errors){
if(data42.path !== undefined){
const _errs89 = errors;
if(typeof data42.path !== "string"){
validate20.errors = [{instancePath:instancePath+"/storage/" + i4+"/path",schemaPath:"#/$defs/storageEntry/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid13 = _errs89 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data42.filesystem !== undefined){
let data44 = data42.filesystem;
const _errs91 = errors;
if((typeof data44 !== "string") && (data44 !== null)){
validate20.errors = [{instancePath:instancePath+"/storage/" + i4+"/filesystem",schemaPath:"#/$defs/storageEntry/properties/filesystem/type",keyword:"type",params:{type: schema49.properties.filesystem.type}}];
return false;
}
var valid13 = _errs91 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data42.mount_source !== undefined){
let data45 = data42.mount_source;
const _errs93 = errors;
if((typeof data45 !== "string") && (data45 !== null)){
validate20.errors = [{instancePath:instancePath+"/storage/" + i4+"/mount_source",schemaPath:"#/$defs/storageEntry/properties/mount_source/type",keyword:"type",params:{type: schema49.properties.mount_source.type}}];
return false;
}
var valid13 = _errs93 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data42.read_only !== undefined){
let data46 = data42.read_only;
const _errs95 = errors;
if((typeof data46 !== "boolean") && (data46 !== null)){
validate20.errors = [{instancePath:instancePath+"/storage/" + i4+"/read_only",schemaPath:"#/$defs/storageEntry/properties/read_only/type",keyword:"type",params:{type: schema49.properties.read_only.type}}];
return false;
}
var valid13 = _errs95 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/storage/" + i4,schemaPath:"#/$defs/storageEntry/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid11 = _errs85 === errors;
if(!valid11){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs83 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
const _errs97 = errors;
if(!(validate29(data.limits, {instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid0 = _errs97 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kernels !== undefined){
let data48 = data.kernels;
const _errs98 = errors;
if(errors === _errs98){
if(Array.isArray(data48)){
var valid14 = true;
const len5 = data48.length;
for(let i5=0; i5<len5; i5++){
const _errs100 = errors;
if(!(validate31(data48[i5], {instancePath:instancePath+"/kernels/" + i5,parentData:data48,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid14 = _errs100 === errors;
if(!valid14){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data50 = data.context;
const _errs101 = errors;
const _errs102 = errors;
if(errors === _errs102){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
let missing5;
if((((((((((((((((data50.in_studio === undefined) && (missing5 = "in_studio")) || ((data50.studio === undefined) && (missing5 = "studio"))) || ((data50.partition === undefined) && (missing5 = "partition"))) || ((data50.region === undefined) && (missing5 = "region"))) || ((data50.account === undefined) && (missing5 = "account"))) || ((data50.domain === undefined) && (missing5 = "domain"))) || ((data50.space === undefined) && (missing5 = "space"))) || ((data50.user_profile === undefined) && (missing5 = "user_profile"))) || ((data50.app_type === undefined) && (missing5 = "app_type"))) || ((data50.app_name === undefined) && (missing5 = "app_name"))) || ((data50.execution_role === undefined) && (missing5 = "execution_role"))) || ((data50.home_env === undefined) && (missing5 = "home_env"))) || ((data50.home_moved === undefined) && (missing5 = "home_moved"))) || ((data50.meaning === undefined) && (missing5 = "meaning"))) || ((data50.error === undefined) && (missing5 = "error"))){
validate20.errors = [{instancePath:instancePath+"/context",schemaPath:"#/$defs/context/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
const _errs104 = errors;
for(const key5 in data50){
if(!(func1.call(schema59.properties, key5))){
validate20.errors = [{instancePath:instancePath+"/context",schemaPath:"#/$defs/context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
return false;
break;
}
}
if(_errs104 === errors){
if(data50.in_studio !== undefined){
const _errs105 = errors;
if(typeof data50.in_studio !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/context/in_studio",schemaPath:"#/$defs/context/properties/in_studio/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid16 = _errs105 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.studio !== undefined){
let data52 = data50.studio;
const _errs107 = errors;
if(!((((data52 === "classic") || (data52 === "new")) || (data52 === "other")) || (data52 === null))){
validate20.errors = [{instancePath:instancePath+"/context/studio",schemaPath:"#/$defs/context/properties/studio/enum",keyword:"enum",params:{allowedValues: schema59.properties.studio.enum}}];
return false;
}
var valid16 = _errs107 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.partition !== undefined){
let data53 = data50.partition;
const _errs108 = errors;
if((typeof data53 !== "string") && (data53 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/partition",schemaPath:"#/$defs/context/properties/partition/type",keyword:"type",params:{type: schema59.properties.partition.type}}];
return false;
}
if(errors === _errs108){
if(typeof data53 === "string"){
if(func10(data53) > 256){
validate20.errors = [{instancePath:instancePath+"/context/partition",schemaPath:"#/$defs/context/properties/partition/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs108 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.region !== undefined){
let data54 = data50.region;
const _errs110 = errors;
if((typeof data54 !== "string") && (data54 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/region",schemaPath:"#/$defs/context/properties/region/type",keyword:"type",params:{type: schema59.properties.region.type}}];
return false;
}
if(errors === _errs110){
if(typeof data54 === "string"){
if(func10(data54) > 256){
validate20.errors = [{instancePath:instancePath+"/context/region",schemaPath:"#/$defs/context/properties/region/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs110 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.account !== undefined){
let data55 = data50.account;
const _errs112 = errors;
if((typeof data55 !== "string") && (data55 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/account",schemaPath:"#/$defs/context/properties/account/type",keyword:"type",params:{type: schema59.properties.account.type}}];
return false;
}
if(errors === _errs112){
if(typeof data55 === "string"){
if(func10(data55) > 256){
validate20.errors = [{instancePath:instancePath+"/context/account",schemaPath:"#/$defs/context/properties/account/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs112 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.domain !== undefined){
let data56 = data50.domain;
const _errs114 = errors;
if((typeof data56 !== "string") && (data56 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/domain",schemaPath:"#/$defs/context/properties/domain/type",keyword:"type",params:{type: schema59.properties.domain.type}}];
return false;
}
if(errors === _errs114){
if(typeof data56 === "string"){
if(func10(data56) > 256){
validate20.errors = [{instancePath:instancePath+"/context/domain",schemaPath:"#/$defs/context/properties/domain/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs114 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.space !== undefined){
let data57 = data50.space;
const _errs116 = errors;
if((typeof data57 !== "string") && (data57 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/space",schemaPath:"#/$defs/context/properties/space/type",keyword:"type",params:{type: schema59.properties.space.type}}];
return false;
}
if(errors === _errs116){
if(typeof data57 === "string"){
if(func10(data57) > 256){
validate20.errors = [{instancePath:instancePath+"/context/space",schemaPath:"#/$defs/context/properties/space/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs116 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.user_profile !== undefined){
let data58 = data50.user_profile;
const _errs118 = errors;
if((typeof data58 !== "string") && (data58 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/user_profile",schemaPath:"#/$defs/context/properties/user_profile/type",keyword:"type",params:{type: schema59.properties.user_profile.type}}];
return false;
}
if(errors === _errs118){
if(typeof data58 === "string"){
if(func10(data58) > 256){
validate20.errors = [{instancePath:instancePath+"/context/user_profile",schemaPath:"#/$defs/context/properties/user_profile/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs118 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.app_type !== undefined){
let data59 = data50.app_type;
const _errs120 = errors;
if((typeof data59 !== "string") && (data59 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/app_type",schemaPath:"#/$defs/context/properties/app_type/type",keyword:"type",params:{type: schema59.properties.app_type.type}}];
return false;
}
if(errors === _errs120){
if(typeof data59 === "string"){
if(func10(data59) > 256){
validate20.errors = [{instancePath:instancePath+"/context/app_type",schemaPath:"#/$defs/context/properties/app_type/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs120 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.app_name !== undefined){
let data60 = data50.app_name;
const _errs122 = errors;
if((typeof data60 !== "string") && (data60 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/app_name",schemaPath:"#/$defs/context/properties/app_name/type",keyword:"type",params:{type: schema59.properties.app_name.type}}];
return false;
}
if(errors === _errs122){
if(typeof data60 === "string"){
if(func10(data60) > 256){
validate20.errors = [{instancePath:instancePath+"/context/app_name",schemaPath:"#/$defs/context/properties/app_name/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs122 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.execution_role !== undefined){
let data61 = data50.execution_role;
const _errs124 = errors;
if((typeof data61 !== "string") && (data61 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/execution_role",schemaPath:"#/$defs/context/properties/execution_role/type",keyword:"type",params:{type: schema59.properties.execution_role.type}}];
return false;
}
if(errors === _errs124){
if(typeof data61 === "string"){
if(func10(data61) > 256){
validate20.errors = [{instancePath:instancePath+"/context/execution_role",schemaPath:"#/$defs/context/properties/execution_role/maxLength",keyword:"maxLength",params:{limit: 256}}];
return false;
}
}
}
var valid16 = _errs124 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.home_env !== undefined){
let data62 = data50.home_env;
const _errs126 = errors;
if((typeof data62 !== "string") && (data62 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/home_env",schemaPath:"#/$defs/context/properties/home_env/type",keyword:"type",params:{type: schema59.properties.home_env.type}}];
return false;
}
if(errors === _errs126){
if(typeof data62 === "string"){
if(func10(data62) > 4096){
validate20.errors = [{instancePath:instancePath+"/context/home_env",schemaPath:"#/$defs/context/properties/home_env/maxLength",keyword:"maxLength",params:{limit: 4096}}];
return false;
}
}
}
var valid16 = _errs126 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.home_moved !== undefined){
let data63 = data50.home_moved;
const _errs128 = errors;
if((typeof data63 !== "boolean") && (data63 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/home_moved",schemaPath:"#/$defs/context/properties/home_moved/type",keyword:"type",params:{type: schema59.properties.home_moved.type}}];
return false;
}
var valid16 = _errs128 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.meaning !== undefined){
let data64 = data50.meaning;
const _errs130 = errors;
if((typeof data64 !== "string") && (data64 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/meaning",schemaPath:"#/$defs/context/properties/meaning/type",keyword:"type",params:{type: schema59.properties.meaning.type}}];
return false;
}
var valid16 = _errs130 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data50.error !== undefined){
let data65 = data50.error;
const _errs132 = errors;
if((typeof data65 !== "string") && (data65 !== null)){
validate20.errors = [{instancePath:instancePath+"/context/error",schemaPath:"#/$defs/context/properties/error/type",keyword:"type",params:{type: schema59.properties.error.type}}];
return false;
}
var valid16 = _errs132 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/context",schemaPath:"#/$defs/context/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs101 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mounts !== undefined){
let data66 = data.mounts;
const _errs134 = errors;
if(errors === _errs134){
if(Array.isArray(data66)){
var valid17 = true;
const len6 = data66.length;
for(let i6=0; i6<len6; i6++){
let data67 = data66[i6];
const _errs136 = errors;
const _errs137 = errors;
if(errors === _errs137){
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing6;
if((((((((((((((data67.path === undefined) && (missing6 = "path")) || ((data67.role === undefined) && (missing6 = "role"))) || ((data67.filesystem === undefined) && (missing6 = "filesystem"))) || ((data67.mount_source === undefined) && (missing6 = "mount_source"))) || ((data67.read_only === undefined) && (missing6 = "read_only"))) || ((data67.owner_uid === undefined) && (missing6 = "owner_uid"))) || ((data67.owner_gid === undefined) && (missing6 = "owner_gid"))) || ((data67.owner_name === undefined) && (missing6 = "owner_name"))) || ((data67.host_owner_uid === undefined) && (missing6 = "host_owner_uid"))) || ((data67.owner_unmapped === undefined) && (missing6 = "owner_unmapped"))) || ((data67.mode === undefined) && (missing6 = "mode"))) || ((data67.writable === undefined) && (missing6 = "writable"))) || ((data67.error === undefined) && (missing6 = "error"))){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6,schemaPath:"#/$defs/mount/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
const _errs139 = errors;
for(const key6 in data67){
if(!(func1.call(schema60.properties, key6))){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6,schemaPath:"#/$defs/mount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
return false;
break;
}
}
if(_errs139 === errors){
if(data67.path !== undefined){
const _errs140 = errors;
if(typeof data67.path !== "string"){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/path",schemaPath:"#/$defs/mount/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid19 = _errs140 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.role !== undefined){
let data69 = data67.role;
const _errs142 = errors;
if(!(((data69 === "home") || (data69 === "under-home")) || (data69 === "app"))){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/role",schemaPath:"#/$defs/mount/properties/role/enum",keyword:"enum",params:{allowedValues: schema60.properties.role.enum}}];
return false;
}
var valid19 = _errs142 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.filesystem !== undefined){
const _errs143 = errors;
if(typeof data67.filesystem !== "string"){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/filesystem",schemaPath:"#/$defs/mount/properties/filesystem/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid19 = _errs143 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.mount_source !== undefined){
const _errs145 = errors;
if(typeof data67.mount_source !== "string"){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/mount_source",schemaPath:"#/$defs/mount/properties/mount_source/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid19 = _errs145 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.read_only !== undefined){
const _errs147 = errors;
if(typeof data67.read_only !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/read_only",schemaPath:"#/$defs/mount/properties/read_only/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid19 = _errs147 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.owner_uid !== undefined){
let data73 = data67.owner_uid;
const _errs149 = errors;
if((!((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73)))) && (data73 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/owner_uid",schemaPath:"#/$defs/mount/properties/owner_uid/type",keyword:"type",params:{type: schema60.properties.owner_uid.type}}];
return false;
}
if(errors === _errs149){
if(typeof data73 == "number"){
if(data73 < 0 || isNaN(data73)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/owner_uid",schemaPath:"#/$defs/mount/properties/owner_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid19 = _errs149 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.owner_gid !== undefined){
let data74 = data67.owner_gid;
const _errs151 = errors;
if((!((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74)))) && (data74 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/owner_gid",schemaPath:"#/$defs/mount/properties/owner_gid/type",keyword:"type",params:{type: schema60.properties.owner_gid.type}}];
return false;
}
if(errors === _errs151){
if(typeof data74 == "number"){
if(data74 < 0 || isNaN(data74)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/owner_gid",schemaPath:"#/$defs/mount/properties/owner_gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid19 = _errs151 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.owner_name !== undefined){
let data75 = data67.owner_name;
const _errs153 = errors;
if((typeof data75 !== "string") && (data75 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/owner_name",schemaPath:"#/$defs/mount/properties/owner_name/type",keyword:"type",params:{type: schema60.properties.owner_name.type}}];
return false;
}
var valid19 = _errs153 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.host_owner_uid !== undefined){
let data76 = data67.host_owner_uid;
const _errs155 = errors;
if((!((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76)))) && (data76 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/host_owner_uid",schemaPath:"#/$defs/mount/properties/host_owner_uid/type",keyword:"type",params:{type: schema60.properties.host_owner_uid.type}}];
return false;
}
if(errors === _errs155){
if(typeof data76 == "number"){
if(data76 < 0 || isNaN(data76)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/host_owner_uid",schemaPath:"#/$defs/mount/properties/host_owner_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid19 = _errs155 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.owner_unmapped !== undefined){
let data77 = data67.owner_unmapped;
const _errs157 = errors;
if((typeof data77 !== "boolean") && (data77 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/owner_unmapped",schemaPath:"#/$defs/mount/properties/owner_unmapped/type",keyword:"type",params:{type: schema60.properties.owner_unmapped.type}}];
return false;
}
var valid19 = _errs157 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.mode !== undefined){
let data78 = data67.mode;
const _errs159 = errors;
if((typeof data78 !== "string") && (data78 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/mode",schemaPath:"#/$defs/mount/properties/mode/type",keyword:"type",params:{type: schema60.properties.mode.type}}];
return false;
}
if(errors === _errs159){
if(typeof data78 === "string"){
if(!pattern5.test(data78)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/mode",schemaPath:"#/$defs/mount/properties/mode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{4}$"}}];
return false;
}
}
}
var valid19 = _errs159 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.writable !== undefined){
let data79 = data67.writable;
const _errs161 = errors;
if((typeof data79 !== "boolean") && (data79 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/writable",schemaPath:"#/$defs/mount/properties/writable/type",keyword:"type",params:{type: schema60.properties.writable.type}}];
return false;
}
var valid19 = _errs161 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.error !== undefined){
let data80 = data67.error;
const _errs163 = errors;
if((typeof data80 !== "string") && (data80 !== null)){
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6+"/error",schemaPath:"#/$defs/mount/properties/error/type",keyword:"type",params:{type: schema60.properties.error.type}}];
return false;
}
var valid19 = _errs163 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/mounts/" + i6,schemaPath:"#/$defs/mount/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid17 = _errs136 === errors;
if(!valid17){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/mounts",schemaPath:"#/properties/mounts/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs134 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.credentials !== undefined){
let data81 = data.credentials;
const _errs165 = errors;
const _errs166 = errors;
if(errors === _errs166){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing7;
if((((((((((data81.relative_uri_set === undefined) && (missing7 = "relative_uri_set")) || ((data81.full_uri_set === undefined) && (missing7 = "full_uri_set"))) || ((data81.host === undefined) && (missing7 = "host"))) || ((data81.port === undefined) && (missing7 = "port"))) || ((data81.expected === undefined) && (missing7 = "expected"))) || ((data81.status === undefined) && (missing7 = "status"))) || ((data81.method === undefined) && (missing7 = "method"))) || ((data81.detail === undefined) && (missing7 = "detail"))) || ((data81.error === undefined) && (missing7 = "error"))){
validate20.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/$defs/credentials/required",keyword:"required",params:{missingProperty: missing7}}];
return false;
}
else {
const _errs168 = errors;
for(const key7 in data81){
if(!(func1.call(schema61.properties, key7))){
validate20.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/$defs/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
return false;
break;
}
}
if(_errs168 === errors){
if(data81.relative_uri_set !== undefined){
const _errs169 = errors;
if(typeof data81.relative_uri_set !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/credentials/relative_uri_set",schemaPath:"#/$defs/credentials/properties/relative_uri_set/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid21 = _errs169 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.full_uri_set !== undefined){
const _errs171 = errors;
if(typeof data81.full_uri_set !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/credentials/full_uri_set",schemaPath:"#/$defs/credentials/properties/full_uri_set/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid21 = _errs171 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.host !== undefined){
const _errs173 = errors;
if(typeof data81.host !== "string"){
validate20.errors = [{instancePath:instancePath+"/credentials/host",schemaPath:"#/$defs/credentials/properties/host/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid21 = _errs173 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.port !== undefined){
let data85 = data81.port;
const _errs175 = errors;
if(!((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85)))){
validate20.errors = [{instancePath:instancePath+"/credentials/port",schemaPath:"#/$defs/credentials/properties/port/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs175){
if(typeof data85 == "number"){
if(data85 > 65535 || isNaN(data85)){
validate20.errors = [{instancePath:instancePath+"/credentials/port",schemaPath:"#/$defs/credentials/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}}];
return false;
}
else {
if(data85 < 0 || isNaN(data85)){
validate20.errors = [{instancePath:instancePath+"/credentials/port",schemaPath:"#/$defs/credentials/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid21 = _errs175 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.expected !== undefined){
const _errs177 = errors;
if("reachable" !== data81.expected){
validate20.errors = [{instancePath:instancePath+"/credentials/expected",schemaPath:"#/$defs/credentials/properties/expected/const",keyword:"const",params:{allowedValue: "reachable"}}];
return false;
}
var valid21 = _errs177 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.status !== undefined){
let data87 = data81.status;
const _errs178 = errors;
if(!((((data87 === "blocked") || (data87 === "routable")) || (data87 === "reachable")) || (data87 === "unknown"))){
validate20.errors = [{instancePath:instancePath+"/credentials/status",schemaPath:"#/$defs/credentials/properties/status/enum",keyword:"enum",params:{allowedValues: schema61.properties.status.enum}}];
return false;
}
var valid21 = _errs178 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.method !== undefined){
let data88 = data81.method;
const _errs179 = errors;
if(!((data88 === "route") || (data88 === "connect"))){
validate20.errors = [{instancePath:instancePath+"/credentials/method",schemaPath:"#/$defs/credentials/properties/method/enum",keyword:"enum",params:{allowedValues: schema61.properties.method.enum}}];
return false;
}
var valid21 = _errs179 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.detail !== undefined){
const _errs180 = errors;
if(typeof data81.detail !== "string"){
validate20.errors = [{instancePath:instancePath+"/credentials/detail",schemaPath:"#/$defs/credentials/properties/detail/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid21 = _errs180 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data81.error !== undefined){
let data90 = data81.error;
const _errs182 = errors;
if((typeof data90 !== "string") && (data90 !== null)){
validate20.errors = [{instancePath:instancePath+"/credentials/error",schemaPath:"#/$defs/credentials/properties/error/type",keyword:"type",params:{type: schema61.properties.error.type}}];
return false;
}
var valid21 = _errs182 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/$defs/credentials/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs165 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.walls !== undefined){
const _errs184 = errors;
if(!(validate35(data.walls, {instancePath:instancePath+"/walls",parentData:data,parentDataProperty:"walls",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs184 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
const _errs185 = errors;
if(!(validate37(data.policy, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs185 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errors !== undefined){
let data93 = data.errors;
const _errs186 = errors;
if(errors === _errs186){
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key8 in data93){
const _errs189 = errors;
if(typeof data93[key8] !== "string"){
validate20.errors = [{instancePath:instancePath+"/errors/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/errors/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid22 = _errs189 === errors;
if(!valid22){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs186 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs191 = errors;
if(!(validate39(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs191 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tones !== undefined){
let data96 = data.tones;
const _errs192 = errors;
if(errors === _errs192){
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
for(const key9 in data96){
const _errs195 = errors;
if(!(validate43(data96[key9], {instancePath:instancePath+"/tones/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data96,parentDataProperty:key9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid23 = _errs195 === errors;
if(!valid23){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tones",schemaPath:"#/properties/tones/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs192 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.differences !== undefined){
let data98 = data.differences;
const _errs196 = errors;
if(errors === _errs196){
if(Array.isArray(data98)){
var valid24 = true;
const len7 = data98.length;
for(let i7=0; i7<len7; i7++){
const _errs198 = errors;
if(!(validate45(data98[i7], {instancePath:instancePath+"/differences/" + i7,parentData:data98,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid24 = _errs198 === errors;
if(!valid24){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs196 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

