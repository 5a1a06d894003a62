/**
 * The validator of jupyterlab_isolation_info/explain.schema.json, compiled by Ajv at build time by
 * scripts/report-types.js --validators. Not committed: change the schema, then build.
 */
/* eslint-disable */
// @ts-nocheck
import { FORMATS as formats } from '../contracts';
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:jupyterlab-isolation-info:explain:1","type":"object","$defs":{"operation":{"type":"object","properties":{"allowed":{"type":["boolean","null"]},"measured":{"type":"boolean"},"reason":{"type":["string","null"]},"fix":{"type":["string","null"]}},"required":["allowed","measured","reason","fix"],"additionalProperties":false},"walkEntry":{"type":"object","properties":{"name":{"type":"string"},"path":{"type":"string"},"type":{"enum":["directory","file","symlink","fifo","socket","character-device","block-device","unknown",null]},"uid":{"type":["integer","null"],"minimum":0},"owner":{"type":["string","null"]},"gid":{"type":["integer","null"],"minimum":0},"group":{"type":["string","null"]},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"owner_unmapped":{"type":["boolean","null"]},"mode":{"type":["string","null"],"pattern":"^[0-7]{4}$"},"mode_text":{"type":["string","null"]},"symlink_target":{"type":["string","null"]},"searchable":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["name","path","type","uid","owner","gid","group","host_uid","host_gid","owner_unmapped","mode","mode_text","symlink_target","searchable","error"],"additionalProperties":false}},"properties":{"schema_version":{"const":1},"generated_at":{"type":"string","format":"date-time","pattern":"Z$"},"path":{"type":"string"},"resolved":{"type":["string","null"]},"exists":{"type":["boolean","null"]},"type":{"enum":["directory","file","symlink","fifo","socket","character-device","block-device","unknown",null]},"identity":{"type":["object","null"],"properties":{"uid":{"type":["integer","null"],"minimum":0},"user":{"type":["string","null"]},"gid":{"type":["integer","null"],"minimum":0},"group":{"type":["string","null"]},"groups":{"type":"array","items":{"type":"object","properties":{"gid":{"type":"integer"},"name":{"type":["string","null"]}},"required":["gid","name"],"additionalProperties":false}},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"capabilities":{"type":"array","items":{"type":"string"}},"security_label":{"type":["string","null"]},"sudo":{"enum":["yes","no","unknown"]}},"required":["uid","user","gid","group","groups","host_uid","host_gid","capabilities","security_label","sudo"],"additionalProperties":false},"walk":{"type":"array","items":{"$ref":"#/$defs/walkEntry"}},"stopped_at":{"type":["object","null"],"properties":{"path":{"type":"string"},"reason":{"type":"string"}},"required":["path","reason"],"additionalProperties":false},"target":{"type":["object","null"],"properties":{"type":{"enum":["directory","file","symlink","fifo","socket","character-device","block-device","unknown",null]},"uid":{"type":["integer","null"],"minimum":0},"owner":{"type":["string","null"]},"gid":{"type":["integer","null"],"minimum":0},"group":{"type":["string","null"]},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"owner_unmapped":{"type":["boolean","null"]},"mode":{"type":["string","null"],"pattern":"^[0-7]{4}$"},"mode_text":{"type":["string","null"]},"acl":{"type":["array","null"],"items":{"type":"object","properties":{"tag":{"enum":["user_obj","user","group_obj","group","mask","other"]},"perm":{"type":"string","pattern":"^[r-][w-][x-]$"},"id":{"type":["integer","null"],"minimum":0}},"required":["tag","perm","id"],"additionalProperties":false}},"immutable":{"type":["boolean","null"]},"append_only":{"type":["boolean","null"]},"flags_error":{"type":["string","null"]}},"required":["type","uid","owner","gid","group","host_uid","host_gid","owner_unmapped","mode","mode_text","acl","immutable","append_only","flags_error"],"additionalProperties":false},"mount":{"type":["object","null"],"properties":{"mount_point":{"type":"string"},"filesystem":{"type":"string"},"source":{"type":"string"},"root":{"type":"string"},"read_only":{"type":"boolean"},"options":{"type":"array","items":{"type":"string"}}},"required":["mount_point","filesystem","source","root","read_only","options"],"additionalProperties":false},"storage":{"type":["object","null"],"properties":{"kind":{"type":"string"},"kept_on_restart":{"type":["boolean","null"]},"sentence":{"type":"string"},"evidence":{"type":"string"}},"required":["kind","kept_on_restart","sentence","evidence"],"additionalProperties":false},"space":{"type":["object","null"],"properties":{"available_bytes":{"type":"integer"},"total_bytes":{"type":"integer"},"available_inodes":{"type":["integer","null"],"minimum":0},"full":{"type":"boolean"},"out_of_inodes":{"type":"boolean"},"read_only":{"type":"boolean"},"noexec":{"type":"boolean"}},"required":["available_bytes","total_bytes","available_inodes","full","out_of_inodes","read_only","noexec"],"additionalProperties":false},"operations":{"type":"object","properties":{"read":{"$ref":"#/$defs/operation"},"write":{"$ref":"#/$defs/operation"},"create":{"$ref":"#/$defs/operation"},"delete":{"$ref":"#/$defs/operation"},"chmod":{"$ref":"#/$defs/operation"},"execute":{"$ref":"#/$defs/operation"}},"required":["read","write","create","delete","chmod","execute"],"additionalProperties":false},"git":{"type":["object","null"],"properties":{"work_tree":{"type":"string"},"owner_uid":{"type":"integer"},"yours":{"type":"boolean"},"fix":{"type":["string","null"]}},"required":["work_tree","owner_uid","yours","fix"],"additionalProperties":false},"entries":{"type":["object","null"],"properties":{"count":{"type":["integer","null"],"minimum":0},"looked_at":{"type":"integer"},"not_looked_at":{"type":["integer","null"],"minimum":0},"complete":{"type":"boolean"},"cannot_modify":{"type":["integer","null"],"minimum":0},"by_owner":{"type":"array","items":{"type":"object","properties":{"uid":{"type":"integer"},"owner":{"type":["string","null"]},"count":{"type":"integer"},"reasons":{"type":"object","additionalProperties":{"type":"integer"}}},"required":["uid","owner","count","reasons"],"additionalProperties":false}},"named":{"type":"array","maxItems":50,"items":{"type":"object","properties":{"name":{"type":"string"},"uid":{"type":"integer"},"mode_text":{"type":"string"},"reasons":{"type":"array","items":{"type":"string"}}},"required":["name","uid","mode_text","reasons"],"additionalProperties":false}},"error":{"type":["string","null"]},"basis":{"type":["string","null"]}},"required":["count","looked_at","not_looked_at","complete","cannot_modify","by_owner","named","error","basis"],"additionalProperties":false},"changed":{"type":["string","null"]},"withheld":{"type":["object","null"],"properties":{"walk_steps":{"type":"integer","minimum":0},"entries":{"type":"integer","minimum":0},"reasons":{"type":"array","items":{"type":"string"},"maxItems":8}},"required":["walk_steps","entries","reasons"],"additionalProperties":false},"errors":{"type":"array","items":{"type":"string"}}},"required":["schema_version","generated_at","path","resolved","exists","type","identity","walk","stopped_at","target","mount","storage","space","operations","git","entries","changed","withheld","errors"],"additionalProperties":false};
const schema32 = {"type":"object","properties":{"name":{"type":"string"},"path":{"type":"string"},"type":{"enum":["directory","file","symlink","fifo","socket","character-device","block-device","unknown",null]},"uid":{"type":["integer","null"],"minimum":0},"owner":{"type":["string","null"]},"gid":{"type":["integer","null"],"minimum":0},"group":{"type":["string","null"]},"host_uid":{"type":["integer","null"],"minimum":0},"host_gid":{"type":["integer","null"],"minimum":0},"owner_unmapped":{"type":["boolean","null"]},"mode":{"type":["string","null"],"pattern":"^[0-7]{4}$"},"mode_text":{"type":["string","null"]},"symlink_target":{"type":["string","null"]},"searchable":{"type":["boolean","null"]},"error":{"type":["string","null"]}},"required":["name","path","type","uid","owner","gid","group","host_uid","host_gid","owner_unmapped","mode","mode_text","symlink_target","searchable","error"],"additionalProperties":false};
const schema33 = {"type":"object","properties":{"allowed":{"type":["boolean","null"]},"measured":{"type":"boolean"},"reason":{"type":["string","null"]},"fix":{"type":["string","null"]}},"required":["allowed","measured","reason","fix"],"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const formats0 = formats["date-time"];
const pattern4 = new RegExp("Z$", "u");
const pattern5 = new RegExp("^[0-7]{4}$", "u");
const pattern7 = new RegExp("^[r-][w-][x-]$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:jupyterlab-isolation-info:explain:1" */;
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
if((((((((((((((((((((data.schema_version === undefined) && (missing0 = "schema_version")) || ((data.generated_at === undefined) && (missing0 = "generated_at"))) || ((data.path === undefined) && (missing0 = "path"))) || ((data.resolved === undefined) && (missing0 = "resolved"))) || ((data.exists === undefined) && (missing0 = "exists"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.identity === undefined) && (missing0 = "identity"))) || ((data.walk === undefined) && (missing0 = "walk"))) || ((data.stopped_at === undefined) && (missing0 = "stopped_at"))) || ((data.target === undefined) && (missing0 = "target"))) || ((data.mount === undefined) && (missing0 = "mount"))) || ((data.storage === undefined) && (missing0 = "storage"))) || ((data.space === undefined) && (missing0 = "space"))) || ((data.operations === undefined) && (missing0 = "operations"))) || ((data.git === undefined) && (missing0 = "git"))) || ((data.entries === undefined) && (missing0 = "entries"))) || ((data.changed === undefined) && (missing0 = "changed"))) || ((data.withheld === undefined) && (missing0 = "withheld"))) || ((data.errors === undefined) && (missing0 = "errors"))){
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
if(data.path !== undefined){
const _errs5 = errors;
if(typeof data.path !== "string"){
validate20.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resolved !== undefined){
let data3 = data.resolved;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate20.errors = [{instancePath:instancePath+"/resolved",schemaPath:"#/properties/resolved/type",keyword:"type",params:{type: schema31.properties.resolved.type}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exists !== undefined){
let data4 = data.exists;
const _errs9 = errors;
if((typeof data4 !== "boolean") && (data4 !== null)){
validate20.errors = [{instancePath:instancePath+"/exists",schemaPath:"#/properties/exists/type",keyword:"type",params:{type: schema31.properties.exists.type}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data5 = data.type;
const _errs11 = errors;
if(!(((((((((data5 === "directory") || (data5 === "file")) || (data5 === "symlink")) || (data5 === "fifo")) || (data5 === "socket")) || (data5 === "character-device")) || (data5 === "block-device")) || (data5 === "unknown")) || (data5 === null))){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.type.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identity !== undefined){
let data6 = data.identity;
const _errs12 = errors;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: schema31.properties.identity.type}}];
return false;
}
if(errors === _errs12){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if(((((((((((data6.uid === undefined) && (missing1 = "uid")) || ((data6.user === undefined) && (missing1 = "user"))) || ((data6.gid === undefined) && (missing1 = "gid"))) || ((data6.group === undefined) && (missing1 = "group"))) || ((data6.groups === undefined) && (missing1 = "groups"))) || ((data6.host_uid === undefined) && (missing1 = "host_uid"))) || ((data6.host_gid === undefined) && (missing1 = "host_gid"))) || ((data6.capabilities === undefined) && (missing1 = "capabilities"))) || ((data6.security_label === undefined) && (missing1 = "security_label"))) || ((data6.sudo === undefined) && (missing1 = "sudo"))){
validate20.errors = [{instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data6){
if(!(func1.call(schema31.properties.identity.properties, key1))){
validate20.errors = [{instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs14 === errors){
if(data6.uid !== undefined){
let data7 = data6.uid;
const _errs15 = errors;
if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (data7 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/uid",schemaPath:"#/properties/identity/properties/uid/type",keyword:"type",params:{type: schema31.properties.identity.properties.uid.type}}];
return false;
}
if(errors === _errs15){
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
validate20.errors = [{instancePath:instancePath+"/identity/uid",schemaPath:"#/properties/identity/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.user !== undefined){
let data8 = data6.user;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/user",schemaPath:"#/properties/identity/properties/user/type",keyword:"type",params:{type: schema31.properties.identity.properties.user.type}}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.gid !== undefined){
let data9 = data6.gid;
const _errs19 = errors;
if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/gid",schemaPath:"#/properties/identity/properties/gid/type",keyword:"type",params:{type: schema31.properties.identity.properties.gid.type}}];
return false;
}
if(errors === _errs19){
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
validate20.errors = [{instancePath:instancePath+"/identity/gid",schemaPath:"#/properties/identity/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.group !== undefined){
let data10 = data6.group;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/group",schemaPath:"#/properties/identity/properties/group/type",keyword:"type",params:{type: schema31.properties.identity.properties.group.type}}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.groups !== undefined){
let data11 = data6.groups;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data11)){
var valid2 = true;
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
const _errs25 = errors;
if(errors === _errs25){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing2;
if(((data12.gid === undefined) && (missing2 = "gid")) || ((data12.name === undefined) && (missing2 = "name"))){
validate20.errors = [{instancePath:instancePath+"/identity/groups/" + i0,schemaPath:"#/properties/identity/properties/groups/items/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data12){
if(!((key2 === "gid") || (key2 === "name"))){
validate20.errors = [{instancePath:instancePath+"/identity/groups/" + i0,schemaPath:"#/properties/identity/properties/groups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs27 === errors){
if(data12.gid !== undefined){
let data13 = data12.gid;
const _errs28 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate20.errors = [{instancePath:instancePath+"/identity/groups/" + i0+"/gid",schemaPath:"#/properties/identity/properties/groups/items/properties/gid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.name !== undefined){
let data14 = data12.name;
const _errs30 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/groups/" + i0+"/name",schemaPath:"#/properties/identity/properties/groups/items/properties/name/type",keyword:"type",params:{type: schema31.properties.identity.properties.groups.items.properties.name.type}}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/identity/groups/" + i0,schemaPath:"#/properties/identity/properties/groups/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs25 === errors;
if(!valid2){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/identity/groups",schemaPath:"#/properties/identity/properties/groups/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.host_uid !== undefined){
let data15 = data6.host_uid;
const _errs32 = errors;
if((!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) && (data15 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/host_uid",schemaPath:"#/properties/identity/properties/host_uid/type",keyword:"type",params:{type: schema31.properties.identity.properties.host_uid.type}}];
return false;
}
if(errors === _errs32){
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
validate20.errors = [{instancePath:instancePath+"/identity/host_uid",schemaPath:"#/properties/identity/properties/host_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs32 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.host_gid !== undefined){
let data16 = data6.host_gid;
const _errs34 = errors;
if((!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) && (data16 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/host_gid",schemaPath:"#/properties/identity/properties/host_gid/type",keyword:"type",params:{type: schema31.properties.identity.properties.host_gid.type}}];
return false;
}
if(errors === _errs34){
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
validate20.errors = [{instancePath:instancePath+"/identity/host_gid",schemaPath:"#/properties/identity/properties/host_gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs34 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.capabilities !== undefined){
let data17 = data6.capabilities;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data17)){
var valid4 = true;
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
const _errs38 = errors;
if(typeof data17[i1] !== "string"){
validate20.errors = [{instancePath:instancePath+"/identity/capabilities/" + i1,schemaPath:"#/properties/identity/properties/capabilities/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs38 === errors;
if(!valid4){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/identity/capabilities",schemaPath:"#/properties/identity/properties/capabilities/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid1 = _errs36 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.security_label !== undefined){
let data19 = data6.security_label;
const _errs40 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate20.errors = [{instancePath:instancePath+"/identity/security_label",schemaPath:"#/properties/identity/properties/security_label/type",keyword:"type",params:{type: schema31.properties.identity.properties.security_label.type}}];
return false;
}
var valid1 = _errs40 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.sudo !== undefined){
let data20 = data6.sudo;
const _errs42 = errors;
if(!(((data20 === "yes") || (data20 === "no")) || (data20 === "unknown"))){
validate20.errors = [{instancePath:instancePath+"/identity/sudo",schemaPath:"#/properties/identity/properties/sudo/enum",keyword:"enum",params:{allowedValues: schema31.properties.identity.properties.sudo.enum}}];
return false;
}
var valid1 = _errs42 === errors;
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
}
}
}
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.walk !== undefined){
let data21 = data.walk;
const _errs43 = errors;
if(errors === _errs43){
if(Array.isArray(data21)){
var valid5 = true;
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
let missing3;
if((((((((((((((((data22.name === undefined) && (missing3 = "name")) || ((data22.path === undefined) && (missing3 = "path"))) || ((data22.type === undefined) && (missing3 = "type"))) || ((data22.uid === undefined) && (missing3 = "uid"))) || ((data22.owner === undefined) && (missing3 = "owner"))) || ((data22.gid === undefined) && (missing3 = "gid"))) || ((data22.group === undefined) && (missing3 = "group"))) || ((data22.host_uid === undefined) && (missing3 = "host_uid"))) || ((data22.host_gid === undefined) && (missing3 = "host_gid"))) || ((data22.owner_unmapped === undefined) && (missing3 = "owner_unmapped"))) || ((data22.mode === undefined) && (missing3 = "mode"))) || ((data22.mode_text === undefined) && (missing3 = "mode_text"))) || ((data22.symlink_target === undefined) && (missing3 = "symlink_target"))) || ((data22.searchable === undefined) && (missing3 = "searchable"))) || ((data22.error === undefined) && (missing3 = "error"))){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2,schemaPath:"#/$defs/walkEntry/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs48 = errors;
for(const key3 in data22){
if(!(func1.call(schema32.properties, key3))){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2,schemaPath:"#/$defs/walkEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
return false;
break;
}
}
if(_errs48 === errors){
if(data22.name !== undefined){
const _errs49 = errors;
if(typeof data22.name !== "string"){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/name",schemaPath:"#/$defs/walkEntry/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs49 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.path !== undefined){
const _errs51 = errors;
if(typeof data22.path !== "string"){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/path",schemaPath:"#/$defs/walkEntry/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs51 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.type !== undefined){
let data25 = data22.type;
const _errs53 = errors;
if(!(((((((((data25 === "directory") || (data25 === "file")) || (data25 === "symlink")) || (data25 === "fifo")) || (data25 === "socket")) || (data25 === "character-device")) || (data25 === "block-device")) || (data25 === "unknown")) || (data25 === null))){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/type",schemaPath:"#/$defs/walkEntry/properties/type/enum",keyword:"enum",params:{allowedValues: schema32.properties.type.enum}}];
return false;
}
var valid7 = _errs53 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.uid !== undefined){
let data26 = data22.uid;
const _errs54 = errors;
if((!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))) && (data26 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/uid",schemaPath:"#/$defs/walkEntry/properties/uid/type",keyword:"type",params:{type: schema32.properties.uid.type}}];
return false;
}
if(errors === _errs54){
if(typeof data26 == "number"){
if(data26 < 0 || isNaN(data26)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/uid",schemaPath:"#/$defs/walkEntry/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid7 = _errs54 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.owner !== undefined){
let data27 = data22.owner;
const _errs56 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/owner",schemaPath:"#/$defs/walkEntry/properties/owner/type",keyword:"type",params:{type: schema32.properties.owner.type}}];
return false;
}
var valid7 = _errs56 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.gid !== undefined){
let data28 = data22.gid;
const _errs58 = errors;
if((!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))) && (data28 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/gid",schemaPath:"#/$defs/walkEntry/properties/gid/type",keyword:"type",params:{type: schema32.properties.gid.type}}];
return false;
}
if(errors === _errs58){
if(typeof data28 == "number"){
if(data28 < 0 || isNaN(data28)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/gid",schemaPath:"#/$defs/walkEntry/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid7 = _errs58 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.group !== undefined){
let data29 = data22.group;
const _errs60 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/group",schemaPath:"#/$defs/walkEntry/properties/group/type",keyword:"type",params:{type: schema32.properties.group.type}}];
return false;
}
var valid7 = _errs60 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.host_uid !== undefined){
let data30 = data22.host_uid;
const _errs62 = errors;
if((!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) && (data30 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/host_uid",schemaPath:"#/$defs/walkEntry/properties/host_uid/type",keyword:"type",params:{type: schema32.properties.host_uid.type}}];
return false;
}
if(errors === _errs62){
if(typeof data30 == "number"){
if(data30 < 0 || isNaN(data30)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/host_uid",schemaPath:"#/$defs/walkEntry/properties/host_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid7 = _errs62 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.host_gid !== undefined){
let data31 = data22.host_gid;
const _errs64 = errors;
if((!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) && (data31 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/host_gid",schemaPath:"#/$defs/walkEntry/properties/host_gid/type",keyword:"type",params:{type: schema32.properties.host_gid.type}}];
return false;
}
if(errors === _errs64){
if(typeof data31 == "number"){
if(data31 < 0 || isNaN(data31)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/host_gid",schemaPath:"#/$defs/walkEntry/properties/host_gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid7 = _errs64 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.owner_unmapped !== undefined){
let data32 = data22.owner_unmapped;
const _errs66 = errors;
if((typeof data32 !== "boolean") && (data32 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/owner_unmapped",schemaPath:"#/$defs/walkEntry/properties/owner_unmapped/type",keyword:"type",params:{type: schema32.properties.owner_unmapped.type}}];
return false;
}
var valid7 = _errs66 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.mode !== undefined){
let data33 = data22.mode;
const _errs68 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/mode",schemaPath:"#/$defs/walkEntry/properties/mode/type",keyword:"type",params:{type: schema32.properties.mode.type}}];
return false;
}
if(errors === _errs68){
if(typeof data33 === "string"){
if(!pattern5.test(data33)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/mode",schemaPath:"#/$defs/walkEntry/properties/mode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{4}$"}}];
return false;
}
}
}
var valid7 = _errs68 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.mode_text !== undefined){
let data34 = data22.mode_text;
const _errs70 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/mode_text",schemaPath:"#/$defs/walkEntry/properties/mode_text/type",keyword:"type",params:{type: schema32.properties.mode_text.type}}];
return false;
}
var valid7 = _errs70 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.symlink_target !== undefined){
let data35 = data22.symlink_target;
const _errs72 = errors;
if((typeof data35 !== "string") && (data35 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/symlink_target",schemaPath:"#/$defs/walkEntry/properties/symlink_target/type",keyword:"type",params:{type: schema32.properties.symlink_target.type}}];
return false;
}
var valid7 = _errs72 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.searchable !== undefined){
let data36 = data22.searchable;
const _errs74 = errors;
if((typeof data36 !== "boolean") && (data36 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/searchable",schemaPath:"#/$defs/walkEntry/properties/searchable/type",keyword:"type",params:{type: schema32.properties.searchable.type}}];
return false;
}
var valid7 = _errs74 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.error !== undefined){
let data37 = data22.error;
const _errs76 = errors;
if((typeof data37 !== "string") && (data37 !== null)){
validate20.errors = [{instancePath:instancePath+"/walk/" + i2+"/error",schemaPath:"#/$defs/walkEntry/properties/error/type",keyword:"type",params:{type: schema32.properties.error.type}}];
return false;
}
var valid7 = _errs76 === errors;
}
else {
var valid7 = true;
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
validate20.errors = [{instancePath:instancePath+"/walk/" + i2,schemaPath:"#/$defs/walkEntry/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid5 = _errs45 === errors;
if(!valid5){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/walk",schemaPath:"#/properties/walk/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopped_at !== undefined){
let data38 = data.stopped_at;
const _errs78 = errors;
if((!(data38 && typeof data38 == "object" && !Array.isArray(data38))) && (data38 !== null)){
validate20.errors = [{instancePath:instancePath+"/stopped_at",schemaPath:"#/properties/stopped_at/type",keyword:"type",params:{type: schema31.properties.stopped_at.type}}];
return false;
}
if(errors === _errs78){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
let missing4;
if(((data38.path === undefined) && (missing4 = "path")) || ((data38.reason === undefined) && (missing4 = "reason"))){
validate20.errors = [{instancePath:instancePath+"/stopped_at",schemaPath:"#/properties/stopped_at/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
const _errs80 = errors;
for(const key4 in data38){
if(!((key4 === "path") || (key4 === "reason"))){
validate20.errors = [{instancePath:instancePath+"/stopped_at",schemaPath:"#/properties/stopped_at/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}}];
return false;
break;
}
}
if(_errs80 === errors){
if(data38.path !== undefined){
const _errs81 = errors;
if(typeof data38.path !== "string"){
validate20.errors = [{instancePath:instancePath+"/stopped_at/path",schemaPath:"#/properties/stopped_at/properties/path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs81 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data38.reason !== undefined){
const _errs83 = errors;
if(typeof data38.reason !== "string"){
validate20.errors = [{instancePath:instancePath+"/stopped_at/reason",schemaPath:"#/properties/stopped_at/properties/reason/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs83 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target !== undefined){
let data41 = data.target;
const _errs85 = errors;
if((!(data41 && typeof data41 == "object" && !Array.isArray(data41))) && (data41 !== null)){
validate20.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: schema31.properties.target.type}}];
return false;
}
if(errors === _errs85){
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
let missing5;
if(((((((((((((((data41.type === undefined) && (missing5 = "type")) || ((data41.uid === undefined) && (missing5 = "uid"))) || ((data41.owner === undefined) && (missing5 = "owner"))) || ((data41.gid === undefined) && (missing5 = "gid"))) || ((data41.group === undefined) && (missing5 = "group"))) || ((data41.host_uid === undefined) && (missing5 = "host_uid"))) || ((data41.host_gid === undefined) && (missing5 = "host_gid"))) || ((data41.owner_unmapped === undefined) && (missing5 = "owner_unmapped"))) || ((data41.mode === undefined) && (missing5 = "mode"))) || ((data41.mode_text === undefined) && (missing5 = "mode_text"))) || ((data41.acl === undefined) && (missing5 = "acl"))) || ((data41.immutable === undefined) && (missing5 = "immutable"))) || ((data41.append_only === undefined) && (missing5 = "append_only"))) || ((data41.flags_error === undefined) && (missing5 = "flags_error"))){
validate20.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
const _errs87 = errors;
for(const key5 in data41){
if(!(func1.call(schema31.properties.target.properties, key5))){
validate20.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
return false;
break;
}
}
if(_errs87 === errors){
if(data41.type !== undefined){
let data42 = data41.type;
const _errs88 = errors;
if(!(((((((((data42 === "directory") || (data42 === "file")) || (data42 === "symlink")) || (data42 === "fifo")) || (data42 === "socket")) || (data42 === "character-device")) || (data42 === "block-device")) || (data42 === "unknown")) || (data42 === null))){
validate20.errors = [{instancePath:instancePath+"/target/type",schemaPath:"#/properties/target/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.target.properties.type.enum}}];
return false;
}
var valid9 = _errs88 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.uid !== undefined){
let data43 = data41.uid;
const _errs89 = errors;
if((!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))) && (data43 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/uid",schemaPath:"#/properties/target/properties/uid/type",keyword:"type",params:{type: schema31.properties.target.properties.uid.type}}];
return false;
}
if(errors === _errs89){
if(typeof data43 == "number"){
if(data43 < 0 || isNaN(data43)){
validate20.errors = [{instancePath:instancePath+"/target/uid",schemaPath:"#/properties/target/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid9 = _errs89 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.owner !== undefined){
let data44 = data41.owner;
const _errs91 = errors;
if((typeof data44 !== "string") && (data44 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/owner",schemaPath:"#/properties/target/properties/owner/type",keyword:"type",params:{type: schema31.properties.target.properties.owner.type}}];
return false;
}
var valid9 = _errs91 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.gid !== undefined){
let data45 = data41.gid;
const _errs93 = errors;
if((!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))) && (data45 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/gid",schemaPath:"#/properties/target/properties/gid/type",keyword:"type",params:{type: schema31.properties.target.properties.gid.type}}];
return false;
}
if(errors === _errs93){
if(typeof data45 == "number"){
if(data45 < 0 || isNaN(data45)){
validate20.errors = [{instancePath:instancePath+"/target/gid",schemaPath:"#/properties/target/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid9 = _errs93 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.group !== undefined){
let data46 = data41.group;
const _errs95 = errors;
if((typeof data46 !== "string") && (data46 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/group",schemaPath:"#/properties/target/properties/group/type",keyword:"type",params:{type: schema31.properties.target.properties.group.type}}];
return false;
}
var valid9 = _errs95 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.host_uid !== undefined){
let data47 = data41.host_uid;
const _errs97 = errors;
if((!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))) && (data47 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/host_uid",schemaPath:"#/properties/target/properties/host_uid/type",keyword:"type",params:{type: schema31.properties.target.properties.host_uid.type}}];
return false;
}
if(errors === _errs97){
if(typeof data47 == "number"){
if(data47 < 0 || isNaN(data47)){
validate20.errors = [{instancePath:instancePath+"/target/host_uid",schemaPath:"#/properties/target/properties/host_uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid9 = _errs97 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.host_gid !== undefined){
let data48 = data41.host_gid;
const _errs99 = errors;
if((!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))) && (data48 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/host_gid",schemaPath:"#/properties/target/properties/host_gid/type",keyword:"type",params:{type: schema31.properties.target.properties.host_gid.type}}];
return false;
}
if(errors === _errs99){
if(typeof data48 == "number"){
if(data48 < 0 || isNaN(data48)){
validate20.errors = [{instancePath:instancePath+"/target/host_gid",schemaPath:"#/properties/target/properties/host_gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid9 = _errs99 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.owner_unmapped !== undefined){
let data49 = data41.owner_unmapped;
const _errs101 = errors;
if((typeof data49 !== "boolean") && (data49 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/owner_unmapped",schemaPath:"#/properties/target/properties/owner_unmapped/type",keyword:"type",params:{type: schema31.properties.target.properties.owner_unmapped.type}}];
return false;
}
var valid9 = _errs101 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.mode !== undefined){
let data50 = data41.mode;
const _errs103 = errors;
if((typeof data50 !== "string") && (data50 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/mode",schemaPath:"#/properties/target/properties/mode/type",keyword:"type",params:{type: schema31.properties.target.properties.mode.type}}];
return false;
}
if(errors === _errs103){
if(typeof data50 === "string"){
if(!pattern5.test(data50)){
validate20.errors = [{instancePath:instancePath+"/target/mode",schemaPath:"#/properties/target/properties/mode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{4}$"}}];
return false;
}
}
}
var valid9 = _errs103 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.mode_text !== undefined){
let data51 = data41.mode_text;
const _errs105 = errors;
if((typeof data51 !== "string") && (data51 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/mode_text",schemaPath:"#/properties/target/properties/mode_text/type",keyword:"type",params:{type: schema31.properties.target.properties.mode_text.type}}];
return false;
}
var valid9 = _errs105 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.acl !== undefined){
let data52 = data41.acl;
const _errs107 = errors;
if((!(Array.isArray(data52))) && (data52 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/acl",schemaPath:"#/properties/target/properties/acl/type",keyword:"type",params:{type: schema31.properties.target.properties.acl.type}}];
return false;
}
if(errors === _errs107){
if(Array.isArray(data52)){
var valid10 = true;
const len3 = data52.length;
for(let i3=0; i3<len3; i3++){
let data53 = data52[i3];
const _errs109 = errors;
if(errors === _errs109){
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
let missing6;
if((((data53.tag === undefined) && (missing6 = "tag")) || ((data53.perm === undefined) && (missing6 = "perm"))) || ((data53.id === undefined) && (missing6 = "id"))){
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3,schemaPath:"#/properties/target/properties/acl/items/required",keyword:"required",params:{missingProperty: missing6}}];
return false;
}
else {
const _errs111 = errors;
for(const key6 in data53){
if(!(((key6 === "tag") || (key6 === "perm")) || (key6 === "id"))){
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3,schemaPath:"#/properties/target/properties/acl/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
return false;
break;
}
}
if(_errs111 === errors){
if(data53.tag !== undefined){
let data54 = data53.tag;
const _errs112 = errors;
if(!((((((data54 === "user_obj") || (data54 === "user")) || (data54 === "group_obj")) || (data54 === "group")) || (data54 === "mask")) || (data54 === "other"))){
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3+"/tag",schemaPath:"#/properties/target/properties/acl/items/properties/tag/enum",keyword:"enum",params:{allowedValues: schema31.properties.target.properties.acl.items.properties.tag.enum}}];
return false;
}
var valid11 = _errs112 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data53.perm !== undefined){
let data55 = data53.perm;
const _errs113 = errors;
if(errors === _errs113){
if(typeof data55 === "string"){
if(!pattern7.test(data55)){
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3+"/perm",schemaPath:"#/properties/target/properties/acl/items/properties/perm/pattern",keyword:"pattern",params:{pattern: "^[r-][w-][x-]$"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3+"/perm",schemaPath:"#/properties/target/properties/acl/items/properties/perm/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid11 = _errs113 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data53.id !== undefined){
let data56 = data53.id;
const _errs115 = errors;
if((!((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56)))) && (data56 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3+"/id",schemaPath:"#/properties/target/properties/acl/items/properties/id/type",keyword:"type",params:{type: schema31.properties.target.properties.acl.items.properties.id.type}}];
return false;
}
if(errors === _errs115){
if(typeof data56 == "number"){
if(data56 < 0 || isNaN(data56)){
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3+"/id",schemaPath:"#/properties/target/properties/acl/items/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid11 = _errs115 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/target/acl/" + i3,schemaPath:"#/properties/target/properties/acl/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid10 = _errs109 === errors;
if(!valid10){
break;
}
}
}
}
var valid9 = _errs107 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.immutable !== undefined){
let data57 = data41.immutable;
const _errs117 = errors;
if((typeof data57 !== "boolean") && (data57 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/immutable",schemaPath:"#/properties/target/properties/immutable/type",keyword:"type",params:{type: schema31.properties.target.properties.immutable.type}}];
return false;
}
var valid9 = _errs117 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.append_only !== undefined){
let data58 = data41.append_only;
const _errs119 = errors;
if((typeof data58 !== "boolean") && (data58 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/append_only",schemaPath:"#/properties/target/properties/append_only/type",keyword:"type",params:{type: schema31.properties.target.properties.append_only.type}}];
return false;
}
var valid9 = _errs119 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data41.flags_error !== undefined){
let data59 = data41.flags_error;
const _errs121 = errors;
if((typeof data59 !== "string") && (data59 !== null)){
validate20.errors = [{instancePath:instancePath+"/target/flags_error",schemaPath:"#/properties/target/properties/flags_error/type",keyword:"type",params:{type: schema31.properties.target.properties.flags_error.type}}];
return false;
}
var valid9 = _errs121 === errors;
}
else {
var valid9 = true;
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
var valid0 = _errs85 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mount !== undefined){
let data60 = data.mount;
const _errs123 = errors;
if((!(data60 && typeof data60 == "object" && !Array.isArray(data60))) && (data60 !== null)){
validate20.errors = [{instancePath:instancePath+"/mount",schemaPath:"#/properties/mount/type",keyword:"type",params:{type: schema31.properties.mount.type}}];
return false;
}
if(errors === _errs123){
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
let missing7;
if(((((((data60.mount_point === undefined) && (missing7 = "mount_point")) || ((data60.filesystem === undefined) && (missing7 = "filesystem"))) || ((data60.source === undefined) && (missing7 = "source"))) || ((data60.root === undefined) && (missing7 = "root"))) || ((data60.read_only === undefined) && (missing7 = "read_only"))) || ((data60.options === undefined) && (missing7 = "options"))){
validate20.errors = [{instancePath:instancePath+"/mount",schemaPath:"#/properties/mount/required",keyword:"required",params:{missingProperty: missing7}}];
return false;
}
else {
const _errs125 = errors;
for(const key7 in data60){
if(!((((((key7 === "mount_point") || (key7 === "filesystem")) || (key7 === "source")) || (key7 === "root")) || (key7 === "read_only")) || (key7 === "options"))){
validate20.errors = [{instancePath:instancePath+"/mount",schemaPath:"#/properties/mount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
return false;
break;
}
}
if(_errs125 === errors){
if(data60.mount_point !== undefined){
const _errs126 = errors;
if(typeof data60.mount_point !== "string"){
validate20.errors = [{instancePath:instancePath+"/mount/mount_point",schemaPath:"#/properties/mount/properties/mount_point/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs126 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data60.filesystem !== undefined){
const _errs128 = errors;
if(typeof data60.filesystem !== "string"){
validate20.errors = [{instancePath:instancePath+"/mount/filesystem",schemaPath:"#/properties/mount/properties/filesystem/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs128 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data60.source !== undefined){
const _errs130 = errors;
if(typeof data60.source !== "string"){
validate20.errors = [{instancePath:instancePath+"/mount/source",schemaPath:"#/properties/mount/properties/source/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs130 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data60.root !== undefined){
const _errs132 = errors;
if(typeof data60.root !== "string"){
validate20.errors = [{instancePath:instancePath+"/mount/root",schemaPath:"#/properties/mount/properties/root/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs132 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data60.read_only !== undefined){
const _errs134 = errors;
if(typeof data60.read_only !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/mount/read_only",schemaPath:"#/properties/mount/properties/read_only/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid12 = _errs134 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data60.options !== undefined){
let data66 = data60.options;
const _errs136 = errors;
if(errors === _errs136){
if(Array.isArray(data66)){
var valid13 = true;
const len4 = data66.length;
for(let i4=0; i4<len4; i4++){
const _errs138 = errors;
if(typeof data66[i4] !== "string"){
validate20.errors = [{instancePath:instancePath+"/mount/options/" + i4,schemaPath:"#/properties/mount/properties/options/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid13 = _errs138 === errors;
if(!valid13){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/mount/options",schemaPath:"#/properties/mount/properties/options/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid12 = _errs136 === errors;
}
else {
var valid12 = true;
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
var valid0 = _errs123 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.storage !== undefined){
let data68 = data.storage;
const _errs140 = errors;
if((!(data68 && typeof data68 == "object" && !Array.isArray(data68))) && (data68 !== null)){
validate20.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: schema31.properties.storage.type}}];
return false;
}
if(errors === _errs140){
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
let missing8;
if(((((data68.kind === undefined) && (missing8 = "kind")) || ((data68.kept_on_restart === undefined) && (missing8 = "kept_on_restart"))) || ((data68.sentence === undefined) && (missing8 = "sentence"))) || ((data68.evidence === undefined) && (missing8 = "evidence"))){
validate20.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/required",keyword:"required",params:{missingProperty: missing8}}];
return false;
}
else {
const _errs142 = errors;
for(const key8 in data68){
if(!((((key8 === "kind") || (key8 === "kept_on_restart")) || (key8 === "sentence")) || (key8 === "evidence"))){
validate20.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}}];
return false;
break;
}
}
if(_errs142 === errors){
if(data68.kind !== undefined){
const _errs143 = errors;
if(typeof data68.kind !== "string"){
validate20.errors = [{instancePath:instancePath+"/storage/kind",schemaPath:"#/properties/storage/properties/kind/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs143 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data68.kept_on_restart !== undefined){
let data70 = data68.kept_on_restart;
const _errs145 = errors;
if((typeof data70 !== "boolean") && (data70 !== null)){
validate20.errors = [{instancePath:instancePath+"/storage/kept_on_restart",schemaPath:"#/properties/storage/properties/kept_on_restart/type",keyword:"type",params:{type: schema31.properties.storage.properties.kept_on_restart.type}}];
return false;
}
var valid14 = _errs145 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data68.sentence !== undefined){
const _errs147 = errors;
if(typeof data68.sentence !== "string"){
validate20.errors = [{instancePath:instancePath+"/storage/sentence",schemaPath:"#/properties/storage/properties/sentence/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs147 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data68.evidence !== undefined){
const _errs149 = errors;
if(typeof data68.evidence !== "string"){
validate20.errors = [{instancePath:instancePath+"/storage/evidence",schemaPath:"#/properties/storage/properties/evidence/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs149 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
}
var valid0 = _errs140 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.space !== undefined){
let data73 = data.space;
const _errs151 = errors;
if((!(data73 && typeof data73 == "object" && !Array.isArray(data73))) && (data73 !== null)){
validate20.errors = [{instancePath:instancePath+"/space",schemaPath:"#/properties/space/type",keyword:"type",params:{type: schema31.properties.space.type}}];
return false;
}
if(errors === _errs151){
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
let missing9;
if((((((((data73.available_bytes === undefined) && (missing9 = "available_bytes")) || ((data73.total_bytes === undefined) && (missing9 = "total_bytes"))) || ((data73.available_inodes === undefined) && (missing9 = "available_inodes"))) || ((data73.full === undefined) && (missing9 = "full"))) || ((data73.out_of_inodes === undefined) && (missing9 = "out_of_inodes"))) || ((data73.read_only === undefined) && (missing9 = "read_only"))) || ((data73.noexec === undefined) && (missing9 = "noexec"))){
validate20.errors = [{instancePath:instancePath+"/space",schemaPath:"#/properties/space/required",keyword:"required",params:{missingProperty: missing9}}];
return false;
}
else {
const _errs153 = errors;
for(const key9 in data73){
if(!(((((((key9 === "available_bytes") || (key9 === "total_bytes")) || (key9 === "available_inodes")) || (key9 === "full")) || (key9 === "out_of_inodes")) || (key9 === "read_only")) || (key9 === "noexec"))){
validate20.errors = [{instancePath:instancePath+"/space",schemaPath:"#/properties/space/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}}];
return false;
break;
}
}
if(_errs153 === errors){
if(data73.available_bytes !== undefined){
let data74 = data73.available_bytes;
const _errs154 = errors;
if(!((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74)))){
validate20.errors = [{instancePath:instancePath+"/space/available_bytes",schemaPath:"#/properties/space/properties/available_bytes/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid15 = _errs154 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data73.total_bytes !== undefined){
let data75 = data73.total_bytes;
const _errs156 = errors;
if(!((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75)))){
validate20.errors = [{instancePath:instancePath+"/space/total_bytes",schemaPath:"#/properties/space/properties/total_bytes/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid15 = _errs156 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data73.available_inodes !== undefined){
let data76 = data73.available_inodes;
const _errs158 = errors;
if((!((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76)))) && (data76 !== null)){
validate20.errors = [{instancePath:instancePath+"/space/available_inodes",schemaPath:"#/properties/space/properties/available_inodes/type",keyword:"type",params:{type: schema31.properties.space.properties.available_inodes.type}}];
return false;
}
if(errors === _errs158){
if(typeof data76 == "number"){
if(data76 < 0 || isNaN(data76)){
validate20.errors = [{instancePath:instancePath+"/space/available_inodes",schemaPath:"#/properties/space/properties/available_inodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid15 = _errs158 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data73.full !== undefined){
const _errs160 = errors;
if(typeof data73.full !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/space/full",schemaPath:"#/properties/space/properties/full/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid15 = _errs160 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data73.out_of_inodes !== undefined){
const _errs162 = errors;
if(typeof data73.out_of_inodes !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/space/out_of_inodes",schemaPath:"#/properties/space/properties/out_of_inodes/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid15 = _errs162 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data73.read_only !== undefined){
const _errs164 = errors;
if(typeof data73.read_only !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/space/read_only",schemaPath:"#/properties/space/properties/read_only/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid15 = _errs164 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data73.noexec !== undefined){
const _errs166 = errors;
if(typeof data73.noexec !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/space/noexec",schemaPath:"#/properties/space/properties/noexec/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid15 = _errs166 === errors;
}
else {
var valid15 = true;
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
var valid0 = _errs151 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operations !== undefined){
let data81 = data.operations;
const _errs168 = errors;
if(errors === _errs168){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing10;
if(((((((data81.read === undefined) && (missing10 = "read")) || ((data81.write === undefined) && (missing10 = "write"))) || ((data81.create === undefined) && (missing10 = "create"))) || ((data81.delete === undefined) && (missing10 = "delete"))) || ((data81.chmod === undefined) && (missing10 = "chmod"))) || ((data81.execute === undefined) && (missing10 = "execute"))){
validate20.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: missing10}}];
return false;
}
else {
const _errs170 = errors;
for(const key10 in data81){
if(!((((((key10 === "read") || (key10 === "write")) || (key10 === "create")) || (key10 === "delete")) || (key10 === "chmod")) || (key10 === "execute"))){
validate20.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}}];
return false;
break;
}
}
if(_errs170 === errors){
if(data81.read !== undefined){
let data82 = data81.read;
const _errs171 = errors;
const _errs172 = errors;
if(errors === _errs172){
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
let missing11;
if(((((data82.allowed === undefined) && (missing11 = "allowed")) || ((data82.measured === undefined) && (missing11 = "measured"))) || ((data82.reason === undefined) && (missing11 = "reason"))) || ((data82.fix === undefined) && (missing11 = "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/read",schemaPath:"#/$defs/operation/required",keyword:"required",params:{missingProperty: missing11}}];
return false;
}
else {
const _errs174 = errors;
for(const key11 in data82){
if(!((((key11 === "allowed") || (key11 === "measured")) || (key11 === "reason")) || (key11 === "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/read",schemaPath:"#/$defs/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}}];
return false;
break;
}
}
if(_errs174 === errors){
if(data82.allowed !== undefined){
let data83 = data82.allowed;
const _errs175 = errors;
if((typeof data83 !== "boolean") && (data83 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/read/allowed",schemaPath:"#/$defs/operation/properties/allowed/type",keyword:"type",params:{type: schema33.properties.allowed.type}}];
return false;
}
var valid18 = _errs175 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data82.measured !== undefined){
const _errs177 = errors;
if(typeof data82.measured !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/operations/read/measured",schemaPath:"#/$defs/operation/properties/measured/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid18 = _errs177 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data82.reason !== undefined){
let data85 = data82.reason;
const _errs179 = errors;
if((typeof data85 !== "string") && (data85 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/read/reason",schemaPath:"#/$defs/operation/properties/reason/type",keyword:"type",params:{type: schema33.properties.reason.type}}];
return false;
}
var valid18 = _errs179 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data82.fix !== undefined){
let data86 = data82.fix;
const _errs181 = errors;
if((typeof data86 !== "string") && (data86 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/read/fix",schemaPath:"#/$defs/operation/properties/fix/type",keyword:"type",params:{type: schema33.properties.fix.type}}];
return false;
}
var valid18 = _errs181 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/operations/read",schemaPath:"#/$defs/operation/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs171 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data81.write !== undefined){
let data87 = data81.write;
const _errs183 = errors;
const _errs184 = errors;
if(errors === _errs184){
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
let missing12;
if(((((data87.allowed === undefined) && (missing12 = "allowed")) || ((data87.measured === undefined) && (missing12 = "measured"))) || ((data87.reason === undefined) && (missing12 = "reason"))) || ((data87.fix === undefined) && (missing12 = "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/write",schemaPath:"#/$defs/operation/required",keyword:"required",params:{missingProperty: missing12}}];
return false;
}
else {
const _errs186 = errors;
for(const key12 in data87){
if(!((((key12 === "allowed") || (key12 === "measured")) || (key12 === "reason")) || (key12 === "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/write",schemaPath:"#/$defs/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}}];
return false;
break;
}
}
if(_errs186 === errors){
if(data87.allowed !== undefined){
let data88 = data87.allowed;
const _errs187 = errors;
if((typeof data88 !== "boolean") && (data88 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/write/allowed",schemaPath:"#/$defs/operation/properties/allowed/type",keyword:"type",params:{type: schema33.properties.allowed.type}}];
return false;
}
var valid20 = _errs187 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data87.measured !== undefined){
const _errs189 = errors;
if(typeof data87.measured !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/operations/write/measured",schemaPath:"#/$defs/operation/properties/measured/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid20 = _errs189 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data87.reason !== undefined){
let data90 = data87.reason;
const _errs191 = errors;
if((typeof data90 !== "string") && (data90 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/write/reason",schemaPath:"#/$defs/operation/properties/reason/type",keyword:"type",params:{type: schema33.properties.reason.type}}];
return false;
}
var valid20 = _errs191 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data87.fix !== undefined){
let data91 = data87.fix;
const _errs193 = errors;
if((typeof data91 !== "string") && (data91 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/write/fix",schemaPath:"#/$defs/operation/properties/fix/type",keyword:"type",params:{type: schema33.properties.fix.type}}];
return false;
}
var valid20 = _errs193 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/operations/write",schemaPath:"#/$defs/operation/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs183 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data81.create !== undefined){
let data92 = data81.create;
const _errs195 = errors;
const _errs196 = errors;
if(errors === _errs196){
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
let missing13;
if(((((data92.allowed === undefined) && (missing13 = "allowed")) || ((data92.measured === undefined) && (missing13 = "measured"))) || ((data92.reason === undefined) && (missing13 = "reason"))) || ((data92.fix === undefined) && (missing13 = "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/create",schemaPath:"#/$defs/operation/required",keyword:"required",params:{missingProperty: missing13}}];
return false;
}
else {
const _errs198 = errors;
for(const key13 in data92){
if(!((((key13 === "allowed") || (key13 === "measured")) || (key13 === "reason")) || (key13 === "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/create",schemaPath:"#/$defs/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}}];
return false;
break;
}
}
if(_errs198 === errors){
if(data92.allowed !== undefined){
let data93 = data92.allowed;
const _errs199 = errors;
if((typeof data93 !== "boolean") && (data93 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/create/allowed",schemaPath:"#/$defs/operation/properties/allowed/type",keyword:"type",params:{type: schema33.properties.allowed.type}}];
return false;
}
var valid22 = _errs199 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data92.measured !== undefined){
const _errs201 = errors;
if(typeof data92.measured !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/operations/create/measured",schemaPath:"#/$defs/operation/properties/measured/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid22 = _errs201 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data92.reason !== undefined){
let data95 = data92.reason;
const _errs203 = errors;
if((typeof data95 !== "string") && (data95 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/create/reason",schemaPath:"#/$defs/operation/properties/reason/type",keyword:"type",params:{type: schema33.properties.reason.type}}];
return false;
}
var valid22 = _errs203 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data92.fix !== undefined){
let data96 = data92.fix;
const _errs205 = errors;
if((typeof data96 !== "string") && (data96 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/create/fix",schemaPath:"#/$defs/operation/properties/fix/type",keyword:"type",params:{type: schema33.properties.fix.type}}];
return false;
}
var valid22 = _errs205 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/operations/create",schemaPath:"#/$defs/operation/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs195 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data81.delete !== undefined){
let data97 = data81.delete;
const _errs207 = errors;
const _errs208 = errors;
if(errors === _errs208){
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
let missing14;
if(((((data97.allowed === undefined) && (missing14 = "allowed")) || ((data97.measured === undefined) && (missing14 = "measured"))) || ((data97.reason === undefined) && (missing14 = "reason"))) || ((data97.fix === undefined) && (missing14 = "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/delete",schemaPath:"#/$defs/operation/required",keyword:"required",params:{missingProperty: missing14}}];
return false;
}
else {
const _errs210 = errors;
for(const key14 in data97){
if(!((((key14 === "allowed") || (key14 === "measured")) || (key14 === "reason")) || (key14 === "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/delete",schemaPath:"#/$defs/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}}];
return false;
break;
}
}
if(_errs210 === errors){
if(data97.allowed !== undefined){
let data98 = data97.allowed;
const _errs211 = errors;
if((typeof data98 !== "boolean") && (data98 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/delete/allowed",schemaPath:"#/$defs/operation/properties/allowed/type",keyword:"type",params:{type: schema33.properties.allowed.type}}];
return false;
}
var valid24 = _errs211 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data97.measured !== undefined){
const _errs213 = errors;
if(typeof data97.measured !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/operations/delete/measured",schemaPath:"#/$defs/operation/properties/measured/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid24 = _errs213 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data97.reason !== undefined){
let data100 = data97.reason;
const _errs215 = errors;
if((typeof data100 !== "string") && (data100 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/delete/reason",schemaPath:"#/$defs/operation/properties/reason/type",keyword:"type",params:{type: schema33.properties.reason.type}}];
return false;
}
var valid24 = _errs215 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data97.fix !== undefined){
let data101 = data97.fix;
const _errs217 = errors;
if((typeof data101 !== "string") && (data101 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/delete/fix",schemaPath:"#/$defs/operation/properties/fix/type",keyword:"type",params:{type: schema33.properties.fix.type}}];
return false;
}
var valid24 = _errs217 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/operations/delete",schemaPath:"#/$defs/operation/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs207 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data81.chmod !== undefined){
let data102 = data81.chmod;
const _errs219 = errors;
const _errs220 = errors;
if(errors === _errs220){
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
let missing15;
if(((((data102.allowed === undefined) && (missing15 = "allowed")) || ((data102.measured === undefined) && (missing15 = "measured"))) || ((data102.reason === undefined) && (missing15 = "reason"))) || ((data102.fix === undefined) && (missing15 = "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/chmod",schemaPath:"#/$defs/operation/required",keyword:"required",params:{missingProperty: missing15}}];
return false;
}
else {
const _errs222 = errors;
for(const key15 in data102){
if(!((((key15 === "allowed") || (key15 === "measured")) || (key15 === "reason")) || (key15 === "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/chmod",schemaPath:"#/$defs/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15}}];
return false;
break;
}
}
if(_errs222 === errors){
if(data102.allowed !== undefined){
let data103 = data102.allowed;
const _errs223 = errors;
if((typeof data103 !== "boolean") && (data103 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/chmod/allowed",schemaPath:"#/$defs/operation/properties/allowed/type",keyword:"type",params:{type: schema33.properties.allowed.type}}];
return false;
}
var valid26 = _errs223 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data102.measured !== undefined){
const _errs225 = errors;
if(typeof data102.measured !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/operations/chmod/measured",schemaPath:"#/$defs/operation/properties/measured/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid26 = _errs225 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data102.reason !== undefined){
let data105 = data102.reason;
const _errs227 = errors;
if((typeof data105 !== "string") && (data105 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/chmod/reason",schemaPath:"#/$defs/operation/properties/reason/type",keyword:"type",params:{type: schema33.properties.reason.type}}];
return false;
}
var valid26 = _errs227 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data102.fix !== undefined){
let data106 = data102.fix;
const _errs229 = errors;
if((typeof data106 !== "string") && (data106 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/chmod/fix",schemaPath:"#/$defs/operation/properties/fix/type",keyword:"type",params:{type: schema33.properties.fix.type}}];
return false;
}
var valid26 = _errs229 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/operations/chmod",schemaPath:"#/$defs/operation/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs219 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data81.execute !== undefined){
let data107 = data81.execute;
const _errs231 = errors;
const _errs232 = errors;
if(errors === _errs232){
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
let missing16;
if(((((data107.allowed === undefined) && (missing16 = "allowed")) || ((data107.measured === undefined) && (missing16 = "measured"))) || ((data107.reason === undefined) && (missing16 = "reason"))) || ((data107.fix === undefined) && (missing16 = "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/execute",schemaPath:"#/$defs/operation/required",keyword:"required",params:{missingProperty: missing16}}];
return false;
}
else {
const _errs234 = errors;
for(const key16 in data107){
if(!((((key16 === "allowed") || (key16 === "measured")) || (key16 === "reason")) || (key16 === "fix"))){
validate20.errors = [{instancePath:instancePath+"/operations/execute",schemaPath:"#/$defs/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16}}];
return false;
break;
}
}
if(_errs234 === errors){
if(data107.allowed !== undefined){
let data108 = data107.allowed;
const _errs235 = errors;
if((typeof data108 !== "boolean") && (data108 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/execute/allowed",schemaPath:"#/$defs/operation/properties/allowed/type",keyword:"type",params:{type: schema33.properties.allowed.type}}];
return false;
}
var valid28 = _errs235 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data107.measured !== undefined){
const _errs237 = errors;
if(typeof data107.measured !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/operations/execute/measured",schemaPath:"#/$defs/operation/properties/measured/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid28 = _errs237 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data107.reason !== undefined){
let data110 = data107.reason;
const _errs239 = errors;
if((typeof data110 !== "string") && (data110 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/execute/reason",schemaPath:"#/$defs/operation/properties/reason/type",keyword:"type",params:{type: schema33.properties.reason.type}}];
return false;
}
var valid28 = _errs239 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data107.fix !== undefined){
let data111 = data107.fix;
const _errs241 = errors;
if((typeof data111 !== "string") && (data111 !== null)){
validate20.errors = [{instancePath:instancePath+"/operations/execute/fix",schemaPath:"#/$defs/operation/properties/fix/type",keyword:"type",params:{type: schema33.properties.fix.type}}];
return false;
}
var valid28 = _errs241 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/operations/execute",schemaPath:"#/$defs/operation/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs231 === errors;
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
else {
validate20.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs168 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.git !== undefined){
let data112 = data.git;
const _errs243 = errors;
if((!(data112 && typeof data112 == "object" && !Array.isArray(data112))) && (data112 !== null)){
validate20.errors = [{instancePath:instancePath+"/git",schemaPath:"#/properties/git/type",keyword:"type",params:{type: schema31.properties.git.type}}];
return false;
}
if(errors === _errs243){
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
let missing17;
if(((((data112.work_tree === undefined) && (missing17 = "work_tree")) || ((data112.owner_uid === undefined) && (missing17 = "owner_uid"))) || ((data112.yours === undefined) && (missing17 = "yours"))) || ((data112.fix === undefined) && (missing17 = "fix"))){
validate20.errors = [{instancePath:instancePath+"/git",schemaPath:"#/properties/git/required",keyword:"required",params:{missingProperty: missing17}}];
return false;
}
else {
const _errs245 = errors;
for(const key17 in data112){
if(!((((key17 === "work_tree") || (key17 === "owner_uid")) || (key17 === "yours")) || (key17 === "fix"))){
validate20.errors = [{instancePath:instancePath+"/git",schemaPath:"#/properties/git/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17}}];
return false;
break;
}
}
if(_errs245 === errors){
if(data112.work_tree !== undefined){
const _errs246 = errors;
if(typeof data112.work_tree !== "string"){
validate20.errors = [{instancePath:instancePath+"/git/work_tree",schemaPath:"#/properties/git/properties/work_tree/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid29 = _errs246 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data112.owner_uid !== undefined){
let data114 = data112.owner_uid;
const _errs248 = errors;
if(!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))){
validate20.errors = [{instancePath:instancePath+"/git/owner_uid",schemaPath:"#/properties/git/properties/owner_uid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid29 = _errs248 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data112.yours !== undefined){
const _errs250 = errors;
if(typeof data112.yours !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/git/yours",schemaPath:"#/properties/git/properties/yours/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid29 = _errs250 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data112.fix !== undefined){
let data116 = data112.fix;
const _errs252 = errors;
if((typeof data116 !== "string") && (data116 !== null)){
validate20.errors = [{instancePath:instancePath+"/git/fix",schemaPath:"#/properties/git/properties/fix/type",keyword:"type",params:{type: schema31.properties.git.properties.fix.type}}];
return false;
}
var valid29 = _errs252 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
}
}
var valid0 = _errs243 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entries !== undefined){
let data117 = data.entries;
const _errs254 = errors;
if((!(data117 && typeof data117 == "object" && !Array.isArray(data117))) && (data117 !== null)){
validate20.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: schema31.properties.entries.type}}];
return false;
}
if(errors === _errs254){
if(data117 && typeof data117 == "object" && !Array.isArray(data117)){
let missing18;
if((((((((((data117.count === undefined) && (missing18 = "count")) || ((data117.looked_at === undefined) && (missing18 = "looked_at"))) || ((data117.not_looked_at === undefined) && (missing18 = "not_looked_at"))) || ((data117.complete === undefined) && (missing18 = "complete"))) || ((data117.cannot_modify === undefined) && (missing18 = "cannot_modify"))) || ((data117.by_owner === undefined) && (missing18 = "by_owner"))) || ((data117.named === undefined) && (missing18 = "named"))) || ((data117.error === undefined) && (missing18 = "error"))) || ((data117.basis === undefined) && (missing18 = "basis"))){
validate20.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/required",keyword:"required",params:{missingProperty: missing18}}];
return false;
}
else {
const _errs256 = errors;
for(const key18 in data117){
if(!(func1.call(schema31.properties.entries.properties, key18))){
validate20.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18}}];
return false;
break;
}
}
if(_errs256 === errors){
if(data117.count !== undefined){
let data118 = data117.count;
const _errs257 = errors;
if((!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))) && (data118 !== null)){
validate20.errors = [{instancePath:instancePath+"/entries/count",schemaPath:"#/properties/entries/properties/count/type",keyword:"type",params:{type: schema31.properties.entries.properties.count.type}}];
return false;
}
if(errors === _errs257){
if(typeof data118 == "number"){
if(data118 < 0 || isNaN(data118)){
validate20.errors = [{instancePath:instancePath+"/entries/count",schemaPath:"#/properties/entries/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid30 = _errs257 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.looked_at !== undefined){
let data119 = data117.looked_at;
const _errs259 = errors;
if(!((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119)))){
validate20.errors = [{instancePath:instancePath+"/entries/looked_at",schemaPath:"#/properties/entries/properties/looked_at/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid30 = _errs259 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.not_looked_at !== undefined){
let data120 = data117.not_looked_at;
const _errs261 = errors;
if((!((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120)))) && (data120 !== null)){
validate20.errors = [{instancePath:instancePath+"/entries/not_looked_at",schemaPath:"#/properties/entries/properties/not_looked_at/type",keyword:"type",params:{type: schema31.properties.entries.properties.not_looked_at.type}}];
return false;
}
if(errors === _errs261){
if(typeof data120 == "number"){
if(data120 < 0 || isNaN(data120)){
validate20.errors = [{instancePath:instancePath+"/entries/not_looked_at",schemaPath:"#/properties/entries/properties/not_looked_at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid30 = _errs261 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.complete !== undefined){
const _errs263 = errors;
if(typeof data117.complete !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/entries/complete",schemaPath:"#/properties/entries/properties/complete/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid30 = _errs263 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.cannot_modify !== undefined){
let data122 = data117.cannot_modify;
const _errs265 = errors;
if((!((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122)))) && (data122 !== null)){
validate20.errors = [{instancePath:instancePath+"/entries/cannot_modify",schemaPath:"#/properties/entries/properties/cannot_modify/type",keyword:"type",params:{type: schema31.properties.entries.properties.cannot_modify.type}}];
return false;
}
if(errors === _errs265){
if(typeof data122 == "number"){
if(data122 < 0 || isNaN(data122)){
validate20.errors = [{instancePath:instancePath+"/entries/cannot_modify",schemaPath:"#/properties/entries/properties/cannot_modify/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid30 = _errs265 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.by_owner !== undefined){
let data123 = data117.by_owner;
const _errs267 = errors;
if(errors === _errs267){
if(Array.isArray(data123)){
var valid31 = true;
const len5 = data123.length;
for(let i5=0; i5<len5; i5++){
let data124 = data123[i5];
const _errs269 = errors;
if(errors === _errs269){
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
let missing19;
if(((((data124.uid === undefined) && (missing19 = "uid")) || ((data124.owner === undefined) && (missing19 = "owner"))) || ((data124.count === undefined) && (missing19 = "count"))) || ((data124.reasons === undefined) && (missing19 = "reasons"))){
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5,schemaPath:"#/properties/entries/properties/by_owner/items/required",keyword:"required",params:{missingProperty: missing19}}];
return false;
}
else {
const _errs271 = errors;
for(const key19 in data124){
if(!((((key19 === "uid") || (key19 === "owner")) || (key19 === "count")) || (key19 === "reasons"))){
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5,schemaPath:"#/properties/entries/properties/by_owner/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19}}];
return false;
break;
}
}
if(_errs271 === errors){
if(data124.uid !== undefined){
let data125 = data124.uid;
const _errs272 = errors;
if(!((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125)))){
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5+"/uid",schemaPath:"#/properties/entries/properties/by_owner/items/properties/uid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid32 = _errs272 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data124.owner !== undefined){
let data126 = data124.owner;
const _errs274 = errors;
if((typeof data126 !== "string") && (data126 !== null)){
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5+"/owner",schemaPath:"#/properties/entries/properties/by_owner/items/properties/owner/type",keyword:"type",params:{type: schema31.properties.entries.properties.by_owner.items.properties.owner.type}}];
return false;
}
var valid32 = _errs274 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data124.count !== undefined){
let data127 = data124.count;
const _errs276 = errors;
if(!((typeof data127 == "number") && (!(data127 % 1) && !isNaN(data127)))){
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5+"/count",schemaPath:"#/properties/entries/properties/by_owner/items/properties/count/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid32 = _errs276 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data124.reasons !== undefined){
let data128 = data124.reasons;
const _errs278 = errors;
if(errors === _errs278){
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
for(const key20 in data128){
let data129 = data128[key20];
const _errs281 = errors;
if(!((typeof data129 == "number") && (!(data129 % 1) && !isNaN(data129)))){
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5+"/reasons/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/entries/properties/by_owner/items/properties/reasons/additionalProperties/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid33 = _errs281 === errors;
if(!valid33){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5+"/reasons",schemaPath:"#/properties/entries/properties/by_owner/items/properties/reasons/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid32 = _errs278 === errors;
}
else {
var valid32 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/entries/by_owner/" + i5,schemaPath:"#/properties/entries/properties/by_owner/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid31 = _errs269 === errors;
if(!valid31){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/entries/by_owner",schemaPath:"#/properties/entries/properties/by_owner/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid30 = _errs267 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.named !== undefined){
let data130 = data117.named;
const _errs283 = errors;
if(errors === _errs283){
if(Array.isArray(data130)){
if(data130.length > 50){
validate20.errors = [{instancePath:instancePath+"/entries/named",schemaPath:"#/properties/entries/properties/named/maxItems",keyword:"maxItems",params:{limit: 50}}];
return false;
}
else {
var valid34 = true;
const len6 = data130.length;
for(let i6=0; i6<len6; i6++){
let data131 = data130[i6];
const _errs285 = errors;
if(errors === _errs285){
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
let missing20;
if(((((data131.name === undefined) && (missing20 = "name")) || ((data131.uid === undefined) && (missing20 = "uid"))) || ((data131.mode_text === undefined) && (missing20 = "mode_text"))) || ((data131.reasons === undefined) && (missing20 = "reasons"))){
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6,schemaPath:"#/properties/entries/properties/named/items/required",keyword:"required",params:{missingProperty: missing20}}];
return false;
}
else {
const _errs287 = errors;
for(const key21 in data131){
if(!((((key21 === "name") || (key21 === "uid")) || (key21 === "mode_text")) || (key21 === "reasons"))){
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6,schemaPath:"#/properties/entries/properties/named/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21}}];
return false;
break;
}
}
if(_errs287 === errors){
if(data131.name !== undefined){
const _errs288 = errors;
if(typeof data131.name !== "string"){
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6+"/name",schemaPath:"#/properties/entries/properties/named/items/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid35 = _errs288 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data131.uid !== undefined){
let data133 = data131.uid;
const _errs290 = errors;
if(!((typeof data133 == "number") && (!(data133 % 1) && !isNaN(data133)))){
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6+"/uid",schemaPath:"#/properties/entries/properties/named/items/properties/uid/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid35 = _errs290 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data131.mode_text !== undefined){
const _errs292 = errors;
if(typeof data131.mode_text !== "string"){
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6+"/mode_text",schemaPath:"#/properties/entries/properties/named/items/properties/mode_text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid35 = _errs292 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data131.reasons !== undefined){
let data135 = data131.reasons;
const _errs294 = errors;
if(errors === _errs294){
if(Array.isArray(data135)){
var valid36 = true;
const len7 = data135.length;
for(let i7=0; i7<len7; i7++){
const _errs296 = errors;
if(typeof data135[i7] !== "string"){
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6+"/reasons/" + i7,schemaPath:"#/properties/entries/properties/named/items/properties/reasons/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid36 = _errs296 === errors;
if(!valid36){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6+"/reasons",schemaPath:"#/properties/entries/properties/named/items/properties/reasons/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid35 = _errs294 === errors;
}
else {
var valid35 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/entries/named/" + i6,schemaPath:"#/properties/entries/properties/named/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid34 = _errs285 === errors;
if(!valid34){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/entries/named",schemaPath:"#/properties/entries/properties/named/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid30 = _errs283 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.error !== undefined){
let data137 = data117.error;
const _errs298 = errors;
if((typeof data137 !== "string") && (data137 !== null)){
validate20.errors = [{instancePath:instancePath+"/entries/error",schemaPath:"#/properties/entries/properties/error/type",keyword:"type",params:{type: schema31.properties.entries.properties.error.type}}];
return false;
}
var valid30 = _errs298 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data117.basis !== undefined){
let data138 = data117.basis;
const _errs300 = errors;
if((typeof data138 !== "string") && (data138 !== null)){
validate20.errors = [{instancePath:instancePath+"/entries/basis",schemaPath:"#/properties/entries/properties/basis/type",keyword:"type",params:{type: schema31.properties.entries.properties.basis.type}}];
return false;
}
var valid30 = _errs300 === errors;
}
else {
var valid30 = true;
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
var valid0 = _errs254 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.changed !== undefined){
let data139 = data.changed;
const _errs302 = errors;
if((typeof data139 !== "string") && (data139 !== null)){
validate20.errors = [{instancePath:instancePath+"/changed",schemaPath:"#/properties/changed/type",keyword:"type",params:{type: schema31.properties.changed.type}}];
return false;
}
var valid0 = _errs302 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.withheld !== undefined){
let data140 = data.withheld;
const _errs304 = errors;
if((!(data140 && typeof data140 == "object" && !Array.isArray(data140))) && (data140 !== null)){
validate20.errors = [{instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/type",keyword:"type",params:{type: schema31.properties.withheld.type}}];
return false;
}
if(errors === _errs304){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
let missing21;
if((((data140.walk_steps === undefined) && (missing21 = "walk_steps")) || ((data140.entries === undefined) && (missing21 = "entries"))) || ((data140.reasons === undefined) && (missing21 = "reasons"))){
validate20.errors = [{instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/required",keyword:"required",params:{missingProperty: missing21}}];
return false;
}
else {
const _errs306 = errors;
for(const key22 in data140){
if(!(((key22 === "walk_steps") || (key22 === "entries")) || (key22 === "reasons"))){
validate20.errors = [{instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22}}];
return false;
break;
}
}
if(_errs306 === errors){
if(data140.walk_steps !== undefined){
let data141 = data140.walk_steps;
const _errs307 = errors;
if(!((typeof data141 == "number") && (!(data141 % 1) && !isNaN(data141)))){
validate20.errors = [{instancePath:instancePath+"/withheld/walk_steps",schemaPath:"#/properties/withheld/properties/walk_steps/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs307){
if(typeof data141 == "number"){
if(data141 < 0 || isNaN(data141)){
validate20.errors = [{instancePath:instancePath+"/withheld/walk_steps",schemaPath:"#/properties/withheld/properties/walk_steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid37 = _errs307 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data140.entries !== undefined){
let data142 = data140.entries;
const _errs309 = errors;
if(!((typeof data142 == "number") && (!(data142 % 1) && !isNaN(data142)))){
validate20.errors = [{instancePath:instancePath+"/withheld/entries",schemaPath:"#/properties/withheld/properties/entries/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs309){
if(typeof data142 == "number"){
if(data142 < 0 || isNaN(data142)){
validate20.errors = [{instancePath:instancePath+"/withheld/entries",schemaPath:"#/properties/withheld/properties/entries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid37 = _errs309 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data140.reasons !== undefined){
let data143 = data140.reasons;
const _errs311 = errors;
if(errors === _errs311){
if(Array.isArray(data143)){
if(data143.length > 8){
validate20.errors = [{instancePath:instancePath+"/withheld/reasons",schemaPath:"#/properties/withheld/properties/reasons/maxItems",keyword:"maxItems",params:{limit: 8}}];
return false;
}
else {
var valid38 = true;
const len8 = data143.length;
for(let i8=0; i8<len8; i8++){
const _errs313 = errors;
if(typeof data143[i8] !== "string"){
validate20.errors = [{instancePath:instancePath+"/withheld/reasons/" + i8,schemaPath:"#/properties/withheld/properties/reasons/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid38 = _errs313 === errors;
if(!valid38){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/withheld/reasons",schemaPath:"#/properties/withheld/properties/reasons/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid37 = _errs311 === errors;
}
else {
var valid37 = true;
}
}
}
}
}
}
}
var valid0 = _errs304 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errors !== undefined){
let data145 = data.errors;
const _errs315 = errors;
if(errors === _errs315){
if(Array.isArray(data145)){
var valid39 = true;
const len9 = data145.length;
for(let i9=0; i9<len9; i9++){
const _errs317 = errors;
if(typeof data145[i9] !== "string"){
validate20.errors = [{instancePath:instancePath+"/errors/" + i9,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid39 = _errs317 === errors;
if(!valid39){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs315 === errors;
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
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

