"use strict";
exports["5093010d"] = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","title":"pack.json","required":["name","displayName","version","layer","cloudTypes"],"properties":{"name":{"type":"string","minLength":1,"title":"Name","description":"Pack id; the OCI repository name. Lower-case letters, digits, dots, dashes."},"displayName":{"type":"string","minLength":1,"title":"Display name","description":"Label shown in Palette."},"version":{"type":"string","minLength":1,"title":"Version","description":"Semantic version without a leading v, e.g. 1.0.0; the OCI tag."},"layer":{"type":"string","enum":["kernel","os","k8s","cni","csi","addon"],"title":"Layer","description":"Custom packs are nearly always addon."},"addonType":{"type":"string","enum":["logging","monitoring","load balancer","authentication","ingress","security","ai","app services","network","storage","registry","servicemesh","system app"],"title":"Add-on type","description":"Required for the addon layer."},"addonSubType":{"type":"string","title":"Add-on sub-type"},"cloudTypes":{"type":"array","minItems":1,"uniqueItems":true,"title":"Cloud types","items":{"type":"string","enum":["all","aws","azure","gcp","vsphere","openstack","baremetal","maas","aks","eks","tke","edge","libvirt","edge-native","coxedge"]}},"group":{"type":"string","title":"Group"},"eol":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","title":"End of life","description":"yyyy-MM-dd"},"annotations":{"type":"object","title":"Annotations","additionalProperties":{"type":"string"}},"kubeManifests":{"type":"array","title":"Manifests","items":{"type":"string"}},"charts":{"type":"array","title":"Charts","items":{"type":"string"}},"constraints":{"type":"object","title":"Constraints","properties":{"dependencies":{"type":"array","title":"Dependencies","items":{"type":"object","required":["packName","layer","type"],"properties":{"packName":{"type":"string","minLength":1,"title":"Pack name"},"layer":{"type":"string","enum":["kernel","os","k8s","cni","csi","addon"],"title":"Layer"},"type":{"type":"string","enum":["required","optional","notSupported","upgrade"],"title":"Type"},"minVersion":{"type":"string","title":"Min version"},"maxVersion":{"type":"string","title":"Max version"}}}},"resources":{"type":"array","title":"Resources","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["cpu","memory","diskSize"],"title":"Type"},"minLimit":{"type":"number","title":"Minimum limit"},"components":{"type":"array","title":"Components","items":{"type":"object","required":["scheduleType"],"properties":{"scheduleType":{"type":"string","enum":["all","master","worker"],"title":"Schedule type"},"resourceRequestParamRef":{"type":"string","title":"Resource request param ref"},"replicaCountParamRef":{"type":"string","title":"Replica count param ref"}}}}}}}}}},"allOf":[{"if":{"properties":{"layer":{"const":"addon"}}},"then":{"required":["addonType"]}}],"$id":"5093010d"};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="5093010d" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.layer !== undefined){
if("addon" !== data.layer){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.addonType === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "addonType"},message:"must have required property '"+"addonType"+"'",schema:schema11.allOf[0].then.required,parentSchema:schema11.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[0].if,parentSchema:schema11.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.displayName === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.version === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.layer === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.cloudTypes === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cloudTypes"},message:"must have required property '"+"cloudTypes"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.displayName !== undefined){
let data2 = data.displayName;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.displayName,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.displayName.type,parentSchema:schema11.properties.displayName,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.version !== undefined){
let data3 = data.version;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.version,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.version.type,parentSchema:schema11.properties.version,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.layer !== undefined){
let data4 = data.layer;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.layer.type,parentSchema:schema11.properties.layer,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((((data4 === "kernel") || (data4 === "os")) || (data4 === "k8s")) || (data4 === "cni")) || (data4 === "csi")) || (data4 === "addon"))){
const err15 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/enum",keyword:"enum",params:{allowedValues: schema11.properties.layer.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.layer.enum,parentSchema:schema11.properties.layer,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.addonType !== undefined){
let data5 = data.addonType;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/addonType",schemaPath:"#/properties/addonType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.addonType.type,parentSchema:schema11.properties.addonType,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((((((((((((data5 === "logging") || (data5 === "monitoring")) || (data5 === "load balancer")) || (data5 === "authentication")) || (data5 === "ingress")) || (data5 === "security")) || (data5 === "ai")) || (data5 === "app services")) || (data5 === "network")) || (data5 === "storage")) || (data5 === "registry")) || (data5 === "servicemesh")) || (data5 === "system app"))){
const err17 = {instancePath:instancePath+"/addonType",schemaPath:"#/properties/addonType/enum",keyword:"enum",params:{allowedValues: schema11.properties.addonType.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.addonType.enum,parentSchema:schema11.properties.addonType,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.addonSubType !== undefined){
let data6 = data.addonSubType;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/addonSubType",schemaPath:"#/properties/addonSubType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.addonSubType.type,parentSchema:schema11.properties.addonSubType,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.cloudTypes !== undefined){
let data7 = data.cloudTypes;
if(Array.isArray(data7)){
if(data7.length < 1){
const err19 = {instancePath:instancePath+"/cloudTypes",schemaPath:"#/properties/cloudTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.cloudTypes,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err20 = {instancePath:instancePath+"/cloudTypes/" + i0,schemaPath:"#/properties/cloudTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.cloudTypes.items.type,parentSchema:schema11.properties.cloudTypes.items,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((((((((((((((data8 === "all") || (data8 === "aws")) || (data8 === "azure")) || (data8 === "gcp")) || (data8 === "vsphere")) || (data8 === "openstack")) || (data8 === "baremetal")) || (data8 === "maas")) || (data8 === "aks")) || (data8 === "eks")) || (data8 === "tke")) || (data8 === "edge")) || (data8 === "libvirt")) || (data8 === "edge-native")) || (data8 === "coxedge"))){
const err21 = {instancePath:instancePath+"/cloudTypes/" + i0,schemaPath:"#/properties/cloudTypes/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.cloudTypes.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.cloudTypes.items.enum,parentSchema:schema11.properties.cloudTypes.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/cloudTypes",schemaPath:"#/properties/cloudTypes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.cloudTypes,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/cloudTypes",schemaPath:"#/properties/cloudTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.cloudTypes.type,parentSchema:schema11.properties.cloudTypes,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.group !== undefined){
let data9 = data.group;
if(typeof data9 !== "string"){
const err24 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.group.type,parentSchema:schema11.properties.group,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.eol !== undefined){
let data10 = data.eol;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err25 = {instancePath:instancePath+"/eol",schemaPath:"#/properties/eol/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema11.properties.eol,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/eol",schemaPath:"#/properties/eol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.eol.type,parentSchema:schema11.properties.eol,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.annotations !== undefined){
let data11 = data.annotations;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 in data11){
let data12 = data11[key0];
if(typeof data12 !== "string"){
const err27 = {instancePath:instancePath+"/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.additionalProperties.type,parentSchema:schema11.properties.annotations.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.annotations.type,parentSchema:schema11.properties.annotations,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.kubeManifests !== undefined){
let data13 = data.kubeManifests;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i2=0; i2<len1; i2++){
let data14 = data13[i2];
if(typeof data14 !== "string"){
const err29 = {instancePath:instancePath+"/kubeManifests/" + i2,schemaPath:"#/properties/kubeManifests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kubeManifests.items.type,parentSchema:schema11.properties.kubeManifests.items,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/kubeManifests",schemaPath:"#/properties/kubeManifests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.kubeManifests.type,parentSchema:schema11.properties.kubeManifests,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.charts !== undefined){
let data15 = data.charts;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i3=0; i3<len2; i3++){
let data16 = data15[i3];
if(typeof data16 !== "string"){
const err31 = {instancePath:instancePath+"/charts/" + i3,schemaPath:"#/properties/charts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.charts.items.type,parentSchema:schema11.properties.charts.items,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.charts.type,parentSchema:schema11.properties.charts,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.constraints !== undefined){
let data17 = data.constraints;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.dependencies !== undefined){
let data18 = data17.dependencies;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i4=0; i4<len3; i4++){
let data19 = data18[i4];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.packName === undefined){
const err33 = {instancePath:instancePath+"/constraints/dependencies/" + i4,schemaPath:"#/properties/constraints/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "packName"},message:"must have required property '"+"packName"+"'",schema:schema11.properties.constraints.properties.dependencies.items.required,parentSchema:schema11.properties.constraints.properties.dependencies.items,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data19.layer === undefined){
const err34 = {instancePath:instancePath+"/constraints/dependencies/" + i4,schemaPath:"#/properties/constraints/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'",schema:schema11.properties.constraints.properties.dependencies.items.required,parentSchema:schema11.properties.constraints.properties.dependencies.items,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data19.type === undefined){
const err35 = {instancePath:instancePath+"/constraints/dependencies/" + i4,schemaPath:"#/properties/constraints/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.constraints.properties.dependencies.items.required,parentSchema:schema11.properties.constraints.properties.dependencies.items,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data19.packName !== undefined){
let data20 = data19.packName;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err36 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/packName",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/packName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.packName,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/packName",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/packName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.dependencies.items.properties.packName.type,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.packName,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data19.layer !== undefined){
let data21 = data19.layer;
if(typeof data21 !== "string"){
const err38 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/layer",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/layer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.dependencies.items.properties.layer.type,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.layer,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!((((((data21 === "kernel") || (data21 === "os")) || (data21 === "k8s")) || (data21 === "cni")) || (data21 === "csi")) || (data21 === "addon"))){
const err39 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/layer",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/layer/enum",keyword:"enum",params:{allowedValues: schema11.properties.constraints.properties.dependencies.items.properties.layer.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.constraints.properties.dependencies.items.properties.layer.enum,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.layer,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data19.type !== undefined){
let data22 = data19.type;
if(typeof data22 !== "string"){
const err40 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/type",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.dependencies.items.properties.type.type,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.type,data:data22};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((((data22 === "required") || (data22 === "optional")) || (data22 === "notSupported")) || (data22 === "upgrade"))){
const err41 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/type",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.constraints.properties.dependencies.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.constraints.properties.dependencies.items.properties.type.enum,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.type,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data19.minVersion !== undefined){
let data23 = data19.minVersion;
if(typeof data23 !== "string"){
const err42 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/minVersion",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.dependencies.items.properties.minVersion.type,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.minVersion,data:data23};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data19.maxVersion !== undefined){
let data24 = data19.maxVersion;
if(typeof data24 !== "string"){
const err43 = {instancePath:instancePath+"/constraints/dependencies/" + i4+"/maxVersion",schemaPath:"#/properties/constraints/properties/dependencies/items/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.dependencies.items.properties.maxVersion.type,parentSchema:schema11.properties.constraints.properties.dependencies.items.properties.maxVersion,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/constraints/dependencies/" + i4,schemaPath:"#/properties/constraints/properties/dependencies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.constraints.properties.dependencies.items.type,parentSchema:schema11.properties.constraints.properties.dependencies.items,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/constraints/dependencies",schemaPath:"#/properties/constraints/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.constraints.properties.dependencies.type,parentSchema:schema11.properties.constraints.properties.dependencies,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.resources !== undefined){
let data25 = data17.resources;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i5=0; i5<len4; i5++){
let data26 = data25[i5];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.type === undefined){
const err46 = {instancePath:instancePath+"/constraints/resources/" + i5,schemaPath:"#/properties/constraints/properties/resources/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.constraints.properties.resources.items.required,parentSchema:schema11.properties.constraints.properties.resources.items,data:data26};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data26.type !== undefined){
let data27 = data26.type;
if(typeof data27 !== "string"){
const err47 = {instancePath:instancePath+"/constraints/resources/" + i5+"/type",schemaPath:"#/properties/constraints/properties/resources/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.resources.items.properties.type.type,parentSchema:schema11.properties.constraints.properties.resources.items.properties.type,data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(((data27 === "cpu") || (data27 === "memory")) || (data27 === "diskSize"))){
const err48 = {instancePath:instancePath+"/constraints/resources/" + i5+"/type",schemaPath:"#/properties/constraints/properties/resources/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.constraints.properties.resources.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.constraints.properties.resources.items.properties.type.enum,parentSchema:schema11.properties.constraints.properties.resources.items.properties.type,data:data27};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data26.minLimit !== undefined){
let data28 = data26.minLimit;
if(!(typeof data28 == "number")){
const err49 = {instancePath:instancePath+"/constraints/resources/" + i5+"/minLimit",schemaPath:"#/properties/constraints/properties/resources/items/properties/minLimit/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.constraints.properties.resources.items.properties.minLimit.type,parentSchema:schema11.properties.constraints.properties.resources.items.properties.minLimit,data:data28};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data26.components !== undefined){
let data29 = data26.components;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i6=0; i6<len5; i6++){
let data30 = data29[i6];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.scheduleType === undefined){
const err50 = {instancePath:instancePath+"/constraints/resources/" + i5+"/components/" + i6,schemaPath:"#/properties/constraints/properties/resources/items/properties/components/items/required",keyword:"required",params:{missingProperty: "scheduleType"},message:"must have required property '"+"scheduleType"+"'",schema:schema11.properties.constraints.properties.resources.items.properties.components.items.required,parentSchema:schema11.properties.constraints.properties.resources.items.properties.components.items,data:data30};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data30.scheduleType !== undefined){
let data31 = data30.scheduleType;
if(typeof data31 !== "string"){
const err51 = {instancePath:instancePath+"/constraints/resources/" + i5+"/components/" + i6+"/scheduleType",schemaPath:"#/properties/constraints/properties/resources/items/properties/components/items/properties/scheduleType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.scheduleType.type,parentSchema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.scheduleType,data:data31};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!(((data31 === "all") || (data31 === "master")) || (data31 === "worker"))){
const err52 = {instancePath:instancePath+"/constraints/resources/" + i5+"/components/" + i6+"/scheduleType",schemaPath:"#/properties/constraints/properties/resources/items/properties/components/items/properties/scheduleType/enum",keyword:"enum",params:{allowedValues: schema11.properties.constraints.properties.resources.items.properties.components.items.properties.scheduleType.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.scheduleType.enum,parentSchema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.scheduleType,data:data31};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data30.resourceRequestParamRef !== undefined){
let data32 = data30.resourceRequestParamRef;
if(typeof data32 !== "string"){
const err53 = {instancePath:instancePath+"/constraints/resources/" + i5+"/components/" + i6+"/resourceRequestParamRef",schemaPath:"#/properties/constraints/properties/resources/items/properties/components/items/properties/resourceRequestParamRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.resourceRequestParamRef.type,parentSchema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.resourceRequestParamRef,data:data32};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data30.replicaCountParamRef !== undefined){
let data33 = data30.replicaCountParamRef;
if(typeof data33 !== "string"){
const err54 = {instancePath:instancePath+"/constraints/resources/" + i5+"/components/" + i6+"/replicaCountParamRef",schemaPath:"#/properties/constraints/properties/resources/items/properties/components/items/properties/replicaCountParamRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.replicaCountParamRef.type,parentSchema:schema11.properties.constraints.properties.resources.items.properties.components.items.properties.replicaCountParamRef,data:data33};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/constraints/resources/" + i5+"/components/" + i6,schemaPath:"#/properties/constraints/properties/resources/items/properties/components/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.constraints.properties.resources.items.properties.components.items.type,parentSchema:schema11.properties.constraints.properties.resources.items.properties.components.items,data:data30};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/constraints/resources/" + i5+"/components",schemaPath:"#/properties/constraints/properties/resources/items/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.constraints.properties.resources.items.properties.components.type,parentSchema:schema11.properties.constraints.properties.resources.items.properties.components,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/constraints/resources/" + i5,schemaPath:"#/properties/constraints/properties/resources/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.constraints.properties.resources.items.type,parentSchema:schema11.properties.constraints.properties.resources.items,data:data26};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/constraints/resources",schemaPath:"#/properties/constraints/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.constraints.properties.resources.type,parentSchema:schema11.properties.constraints.properties.resources,data:data25};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.constraints.type,parentSchema:schema11.properties.constraints,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports["47a7997d"] = validate11;
const schema12 = {"properties":{"layer":{"const":"addon"}},"$id":"47a7997d"};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="47a7997d" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.layer !== undefined){
let data0 = data.layer;
if("addon" !== data0){
const err0 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/const",keyword:"const",params:{allowedValue: "addon"},message:"must be equal to constant",schema:"addon",parentSchema:schema12.properties.layer,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
validate11.errors = vErrors;
return errors === 0;
}
