/**
 * The validator of jupyterlab_isolation_info/kerneldeath.schema.json, compiled by Ajv at build time by
 * scripts/report-types.js --validators. Not committed: change the schema, then build.
 */
/* eslint-disable */
// @ts-nocheck
import { FORMATS as formats, ucs2length } from '../contracts';
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:jupyterlab-isolation-info:kernel-death:1","type":"object","properties":{"kernel_id":{"$ref":"#/$defs/kernel_id"},"watching":{"type":"boolean"},"death":{"oneOf":[{"$ref":"#/$defs/verdict"},{"type":"null"}]}},"required":["kernel_id","watching","death"],"additionalProperties":false,"$defs":{"kernel_id":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","maxLength":64},"count":{"type":["integer","null"],"minimum":0},"verdict":{"type":"object","properties":{"kernel_id":{"$ref":"#/$defs/kernel_id"},"event":{"enum":["restart","dead"]},"count":{"type":"integer","minimum":1},"noticed_at":{"type":"string","format":"date-time"},"exit_status":{"type":["integer","null"]},"signal":{"type":["string","null"],"maxLength":64},"oom_kill_before":{"$ref":"#/$defs/count"},"oom_kill_after":{"$ref":"#/$defs/count"},"memory_limit_bytes":{"type":["integer","null"],"minimum":0},"cgroup_directory":{"type":["string","null"],"maxLength":4096},"cause":{"enum":["memory","not-memory","unknown"]},"tone":{"enum":["warning","neutral","unknown"]},"text":{"type":"string","minLength":1,"maxLength":4096}},"required":["kernel_id","event","count","noticed_at","exit_status","signal","oom_kill_before","oom_kill_after","memory_limit_bytes","cgroup_directory","cause","tone","text"],"additionalProperties":false}}};
const schema32 = {"type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","maxLength":64};
const func1 = ucs2length;
const pattern4 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
const schema33 = {"type":"object","properties":{"kernel_id":{"$ref":"#/$defs/kernel_id"},"event":{"enum":["restart","dead"]},"count":{"type":"integer","minimum":1},"noticed_at":{"type":"string","format":"date-time"},"exit_status":{"type":["integer","null"]},"signal":{"type":["string","null"],"maxLength":64},"oom_kill_before":{"$ref":"#/$defs/count"},"oom_kill_after":{"$ref":"#/$defs/count"},"memory_limit_bytes":{"type":["integer","null"],"minimum":0},"cgroup_directory":{"type":["string","null"],"maxLength":4096},"cause":{"enum":["memory","not-memory","unknown"]},"tone":{"enum":["warning","neutral","unknown"]},"text":{"type":"string","minLength":1,"maxLength":4096}},"required":["kernel_id","event","count","noticed_at","exit_status","signal","oom_kill_before","oom_kill_after","memory_limit_bytes","cgroup_directory","cause","tone","text"],"additionalProperties":false};
const schema35 = {"type":["integer","null"],"minimum":0};
const func2 = Object.prototype.hasOwnProperty;
const formats0 = formats["date-time"];

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
if((((((((((((((data.kernel_id === undefined) && (missing0 = "kernel_id")) || ((data.event === undefined) && (missing0 = "event"))) || ((data.count === undefined) && (missing0 = "count"))) || ((data.noticed_at === undefined) && (missing0 = "noticed_at"))) || ((data.exit_status === undefined) && (missing0 = "exit_status"))) || ((data.signal === undefined) && (missing0 = "signal"))) || ((data.oom_kill_before === undefined) && (missing0 = "oom_kill_before"))) || ((data.oom_kill_after === undefined) && (missing0 = "oom_kill_after"))) || ((data.memory_limit_bytes === undefined) && (missing0 = "memory_limit_bytes"))) || ((data.cgroup_directory === undefined) && (missing0 = "cgroup_directory"))) || ((data.cause === undefined) && (missing0 = "cause"))) || ((data.tone === undefined) && (missing0 = "tone"))) || ((data.text === undefined) && (missing0 = "text"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kernel_id !== undefined){
let data0 = data.kernel_id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 64){
validate21.errors = [{instancePath:instancePath+"/kernel_id",schemaPath:"#/$defs/kernel_id/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(!pattern4.test(data0)){
validate21.errors = [{instancePath:instancePath+"/kernel_id",schemaPath:"#/$defs/kernel_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kernel_id",schemaPath:"#/$defs/kernel_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.event !== undefined){
let data1 = data.event;
const _errs5 = errors;
if(!((data1 === "restart") || (data1 === "dead"))){
validate21.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/enum",keyword:"enum",params:{allowedValues: schema33.properties.event.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.count !== undefined){
let data2 = data.count;
const _errs6 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate21.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
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
if(data.noticed_at !== undefined){
let data3 = data.noticed_at;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
validate21.errors = [{instancePath:instancePath+"/noticed_at",schemaPath:"#/properties/noticed_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/noticed_at",schemaPath:"#/properties/noticed_at/type",keyword:"type",params:{type: "string"}}];
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
if(data.exit_status !== undefined){
let data4 = data.exit_status;
const _errs10 = errors;
if((!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))) && (data4 !== null)){
validate21.errors = [{instancePath:instancePath+"/exit_status",schemaPath:"#/properties/exit_status/type",keyword:"type",params:{type: schema33.properties.exit_status.type}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signal !== undefined){
let data5 = data.signal;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate21.errors = [{instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/type",keyword:"type",params:{type: schema33.properties.signal.type}}];
return false;
}
if(errors === _errs12){
if(typeof data5 === "string"){
if(func1(data5) > 64){
validate21.errors = [{instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.oom_kill_before !== undefined){
let data6 = data.oom_kill_before;
const _errs14 = errors;
const _errs15 = errors;
if((!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) && (data6 !== null)){
validate21.errors = [{instancePath:instancePath+"/oom_kill_before",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: schema35.type}}];
return false;
}
if(errors === _errs15){
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
validate21.errors = [{instancePath:instancePath+"/oom_kill_before",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.oom_kill_after !== undefined){
let data7 = data.oom_kill_after;
const _errs17 = errors;
const _errs18 = errors;
if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (data7 !== null)){
validate21.errors = [{instancePath:instancePath+"/oom_kill_after",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: schema35.type}}];
return false;
}
if(errors === _errs18){
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
validate21.errors = [{instancePath:instancePath+"/oom_kill_after",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memory_limit_bytes !== undefined){
let data8 = data.memory_limit_bytes;
const _errs20 = errors;
if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){
validate21.errors = [{instancePath:instancePath+"/memory_limit_bytes",schemaPath:"#/properties/memory_limit_bytes/type",keyword:"type",params:{type: schema33.properties.memory_limit_bytes.type}}];
return false;
}
if(errors === _errs20){
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
validate21.errors = [{instancePath:instancePath+"/memory_limit_bytes",schemaPath:"#/properties/memory_limit_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cgroup_directory !== undefined){
let data9 = data.cgroup_directory;
const _errs22 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate21.errors = [{instancePath:instancePath+"/cgroup_directory",schemaPath:"#/properties/cgroup_directory/type",keyword:"type",params:{type: schema33.properties.cgroup_directory.type}}];
return false;
}
if(errors === _errs22){
if(typeof data9 === "string"){
if(func1(data9) > 4096){
validate21.errors = [{instancePath:instancePath+"/cgroup_directory",schemaPath:"#/properties/cgroup_directory/maxLength",keyword:"maxLength",params:{limit: 4096}}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cause !== undefined){
let data10 = data.cause;
const _errs24 = errors;
if(!(((data10 === "memory") || (data10 === "not-memory")) || (data10 === "unknown"))){
validate21.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/enum",keyword:"enum",params:{allowedValues: schema33.properties.cause.enum}}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tone !== undefined){
let data11 = data.tone;
const _errs25 = errors;
if(!(((data11 === "warning") || (data11 === "neutral")) || (data11 === "unknown"))){
validate21.errors = [{instancePath:instancePath+"/tone",schemaPath:"#/properties/tone/enum",keyword:"enum",params:{allowedValues: schema33.properties.tone.enum}}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data12 = data.text;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data12 === "string"){
if(func1(data12) > 4096){
validate21.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 4096}}];
return false;
}
else {
if(func1(data12) < 1){
validate21.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs26 === errors;
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
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:jupyterlab-isolation-info:kernel-death:1" */;
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
if((((data.kernel_id === undefined) && (missing0 = "kernel_id")) || ((data.watching === undefined) && (missing0 = "watching"))) || ((data.death === undefined) && (missing0 = "death"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "kernel_id") || (key0 === "watching")) || (key0 === "death"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kernel_id !== undefined){
let data0 = data.kernel_id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 64){
validate20.errors = [{instancePath:instancePath+"/kernel_id",schemaPath:"#/$defs/kernel_id/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/kernel_id",schemaPath:"#/$defs/kernel_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"}}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kernel_id",schemaPath:"#/$defs/kernel_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.watching !== undefined){
const _errs5 = errors;
if(typeof data.watching !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/watching",schemaPath:"#/properties/watching/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.death !== undefined){
let data2 = data.death;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(!(validate21(data2, {instancePath:instancePath+"/death",parentData:data,parentDataProperty:"death",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs10 = errors;
if(data2 !== null){
const err0 = {instancePath:instancePath+"/death",schemaPath:"#/properties/death/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err1 = {instancePath:instancePath+"/death",schemaPath:"#/properties/death/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs7 === errors;
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

