import func2Module from "ajv/dist/runtime/ucs2length.js";
const func2 = typeof func2Module === "function" ? func2Module : func2Module.default;
import func0Module from "ajv/dist/runtime/equal.js";
const func0 = typeof func0Module === "function" ? func0Module : func0Module.default;
const validateFns = {};
validateFns["https://pack-builder.local/schemas/packJson.author.schema.json"] = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://pack-builder.local/schemas/packJson.author.schema.json","title":"pack.json","description":"Metadata of a Palette custom pack, strict profile for packs made with the builder.","type":"object","required":["name","displayName","version","layer","cloudTypes"],"properties":{"name":{"title":"Name","description":"Pack id, the same across versions. Also the OCI repository name: lower-case letters and digits joined by '.', '_', '__' or '-'.","type":"string","minLength":1,"pattern":"^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*$"},"displayName":{"title":"Display name","description":"Label Palette shows in the profile editor. Keep it the same across versions.","type":"string","minLength":1},"version":{"title":"Version","description":"Pack version, ideally the upstream app's version as x.y.z, without a leading 'v'. Also the OCI tag: letters, digits, '.', '_' and '-' only.","type":"string","minLength":1,"pattern":"^(?![vV])[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},"layer":{"title":"Layer","description":"Profile layer the pack sits in. Custom packs are nearly always 'addon'.","$ref":"#/definitions/layer"},"addonType":{"title":"Add-on type","description":"Category of an add-on pack, spelled exactly as listed (spaces included). Required when the layer is 'addon'; leave it out for other layers.","$ref":"#/definitions/addonType"},"addonSubType":{"title":"Add-on sub-type","description":"Optional finer category under the add-on type (free text, rarely used).","type":"string"},"cloudTypes":{"title":"Cloud types","description":"Clouds the pack can be used with; 'all' for any cloud. OS packs name exactly one cloud.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/cloudType"},"default":["all"]},"group":{"title":"Group","description":"Optional grouping label such as 'LTS'. Leave it out rather than writing a blank.","type":"string"},"eol":{"title":"End of life","description":"Optional end-of-life date, YYYY-MM-DD. Leave it out rather than writing a blank.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"annotations":{"title":"Annotations","description":"Free key/value metadata; every value is a string (write booleans as \"true\"). OS packs keep their image settings here. Common keys: source, contributor, docsURL, description.","type":"object","additionalProperties":{"type":"string"}},"kubeManifests":{"title":"Kubernetes manifests","description":"Manifest files of a manifest pack, as relative paths such as 'manifests/app.yaml'. Spelled with a lower-case 'k'.","type":"array","items":{"type":"string"}},"charts":{"title":"Helm charts","description":"Packaged Helm charts of a chart pack, as relative paths to .tgz files such as 'charts/app-1.2.3.tgz'.","type":"array","items":{"type":"string"}},"constraints":{"title":"Constraints","description":"Checks Palette runs before a profile or cluster is created: other packs this pack needs, and minimum resources.","$ref":"#/definitions/constraints"}},"allOf":[{"if":{"properties":{"layer":{"const":"addon"}},"required":["layer"]},"then":{"required":["addonType"]}}],"definitions":{"layer":{"type":"string","enum":["kernel","os","k8s","cni","csi","addon"]},"cloudType":{"type":"string","enum":["all","aws","azure","gcp","vsphere","openstack","baremetal","maas","aks","eks","tke","edge","libvirt","edge-native","coxedge"]},"addonType":{"type":"string","enum":["logging","monitoring","load balancer","authentication","ingress","security","ai","app services","network","storage","registry","servicemesh","system app"]},"dependencyType":{"type":"string","enum":["required","optional","notSupported","upgrade"]},"resourceType":{"type":"string","enum":["cpu","memory","diskSize"]},"scheduleType":{"type":"string","enum":["all","master","worker","control-plane"]},"constraints":{"type":"object","properties":{"dependencies":{"title":"Dependencies","description":"Other packs in the profile this pack needs, may use, or cannot run with.","type":"array","items":{"$ref":"#/definitions/dependency"}},"resources":{"title":"Resources","description":"Minimum CPU, memory or disk the cluster's node pools must offer.","type":"array","items":{"$ref":"#/definitions/resource"}}}},"dependency":{"type":"object","required":["packName","layer","type"],"properties":{"packName":{"title":"Pack name","description":"The 'name' of the other pack, for example 'kubernetes'.","type":"string","minLength":1},"layer":{"title":"Layer","description":"Layer the other pack sits in within the profile.","$ref":"#/definitions/layer"},"type":{"title":"Type","description":"required: the other pack must be present; optional: bounds apply only if it is present; notSupported: versions inside the bounds are not allowed; upgrade: upgrade-path constraint on this pack itself (semantics undocumented).","$ref":"#/definitions/dependencyType"},"minVersion":{"title":"Minimum version","description":"Lowest allowed version, inclusive. Empty means no lower bound; '1.27' counts as 1.27.0.","type":"string"},"maxVersion":{"title":"Maximum version","description":"Highest allowed version, inclusive. Empty means no upper bound.","type":"string"}}},"resource":{"type":"object","required":["type"],"properties":{"type":{"title":"Resource","description":"cpu (millicores), memory (MiB) or diskSize (GB).","$ref":"#/definitions/resourceType"},"minLimit":{"title":"Minimum","description":"Minimum the pack needs: cpu in millicores (2000 = 2 cores), memory in MiB, diskSize in GB. Ignored when components are given.","type":"number","minimum":0},"components":{"title":"Components","description":"Per-workload requests read from values.yaml; when set, Palette sums these instead of using the minimum.","type":"array","items":{"$ref":"#/definitions/component"}}}},"component":{"type":"object","required":["scheduleType"],"properties":{"scheduleType":{"title":"Runs on","description":"Node pools the workload runs on: all, worker, or master (control plane). Write 'master'; 'control-plane' is only accepted on import.","$ref":"#/definitions/scheduleType"},"resourceRequestParamRef":{"title":"Request parameter","description":"Dotted path in values.yaml to the workload's request, for example 'charts.app.resources.requests.cpu'.","type":"string"},"replicaCountParamRef":{"title":"Replica count parameter","description":"Dotted path in values.yaml to the replica count (one replica when absent).","type":"string"}}}}};
const schema12 = {"type":"string","enum":["kernel","os","k8s","cni","csi","addon"]};
const schema13 = {"type":"string","enum":["logging","monitoring","load balancer","authentication","ingress","security","ai","app services","network","storage","registry","servicemesh","system app"]};
const schema14 = {"type":"string","enum":["all","aws","azure","gcp","vsphere","openstack","baremetal","maas","aks","eks","tke","edge","libvirt","edge-native","coxedge"]};
const pattern0 = new RegExp("^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*$", "u");
const pattern1 = new RegExp("^(?![vV])[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$", "u");
const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const schema15 = {"type":"object","properties":{"dependencies":{"title":"Dependencies","description":"Other packs in the profile this pack needs, may use, or cannot run with.","type":"array","items":{"$ref":"#/definitions/dependency"}},"resources":{"title":"Resources","description":"Minimum CPU, memory or disk the cluster's node pools must offer.","type":"array","items":{"$ref":"#/definitions/resource"}}}};
const schema16 = {"type":"object","required":["packName","layer","type"],"properties":{"packName":{"title":"Pack name","description":"The 'name' of the other pack, for example 'kubernetes'.","type":"string","minLength":1},"layer":{"title":"Layer","description":"Layer the other pack sits in within the profile.","$ref":"#/definitions/layer"},"type":{"title":"Type","description":"required: the other pack must be present; optional: bounds apply only if it is present; notSupported: versions inside the bounds are not allowed; upgrade: upgrade-path constraint on this pack itself (semantics undocumented).","$ref":"#/definitions/dependencyType"},"minVersion":{"title":"Minimum version","description":"Lowest allowed version, inclusive. Empty means no lower bound; '1.27' counts as 1.27.0.","type":"string"},"maxVersion":{"title":"Maximum version","description":"Highest allowed version, inclusive. Empty means no upper bound.","type":"string"}}};
const schema18 = {"type":"string","enum":["required","optional","notSupported","upgrade"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.packName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "packName"},message:"must have required property '"+"packName"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.layer === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.packName !== undefined){
let data0 = data.packName;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/packName",schemaPath:"#/properties/packName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.packName,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/packName",schemaPath:"#/properties/packName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.packName.type,parentSchema:schema16.properties.packName,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.layer !== undefined){
let data1 = data.layer;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/layer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data1 === "kernel") || (data1 === "os")) || (data1 === "k8s")) || (data1 === "cni")) || (data1 === "csi")) || (data1 === "addon"))){
const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/layer/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values",schema:schema12.enum,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/dependencyType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data2 === "required") || (data2 === "optional")) || (data2 === "notSupported")) || (data2 === "upgrade"))){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/dependencyType/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.minVersion !== undefined){
let data3 = data.minVersion;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/minVersion",schemaPath:"#/properties/minVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.minVersion.type,parentSchema:schema16.properties.minVersion,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.maxVersion !== undefined){
let data4 = data.maxVersion;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/maxVersion",schemaPath:"#/properties/maxVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.maxVersion.type,parentSchema:schema16.properties.maxVersion,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","required":["type"],"properties":{"type":{"title":"Resource","description":"cpu (millicores), memory (MiB) or diskSize (GB).","$ref":"#/definitions/resourceType"},"minLimit":{"title":"Minimum","description":"Minimum the pack needs: cpu in millicores (2000 = 2 cores), memory in MiB, diskSize in GB. Ignored when components are given.","type":"number","minimum":0},"components":{"title":"Components","description":"Per-workload requests read from values.yaml; when set, Palette sums these instead of using the minimum.","type":"array","items":{"$ref":"#/definitions/component"}}}};
const schema20 = {"type":"string","enum":["cpu","memory","diskSize"]};
const schema21 = {"type":"object","required":["scheduleType"],"properties":{"scheduleType":{"title":"Runs on","description":"Node pools the workload runs on: all, worker, or master (control plane). Write 'master'; 'control-plane' is only accepted on import.","$ref":"#/definitions/scheduleType"},"resourceRequestParamRef":{"title":"Request parameter","description":"Dotted path in values.yaml to the workload's request, for example 'charts.app.resources.requests.cpu'.","type":"string"},"replicaCountParamRef":{"title":"Replica count parameter","description":"Dotted path in values.yaml to the replica count (one replica when absent).","type":"string"}}};
const schema22 = {"type":"string","enum":["all","master","worker","control-plane"]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheduleType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scheduleType"},message:"must have required property '"+"scheduleType"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scheduleType !== undefined){
let data0 = data.scheduleType;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/scheduleType",schemaPath:"#/definitions/scheduleType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((data0 === "all") || (data0 === "master")) || (data0 === "worker")) || (data0 === "control-plane"))){
const err2 = {instancePath:instancePath+"/scheduleType",schemaPath:"#/definitions/scheduleType/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.resourceRequestParamRef !== undefined){
let data1 = data.resourceRequestParamRef;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/resourceRequestParamRef",schemaPath:"#/properties/resourceRequestParamRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.resourceRequestParamRef.type,parentSchema:schema21.properties.resourceRequestParamRef,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.replicaCountParamRef !== undefined){
let data2 = data.replicaCountParamRef;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/replicaCountParamRef",schemaPath:"#/properties/replicaCountParamRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.replicaCountParamRef.type,parentSchema:schema21.properties.replicaCountParamRef,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "cpu") || (data0 === "memory")) || (data0 === "diskSize"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values",schema:schema20.enum,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.minLimit !== undefined){
let data1 = data.minLimit;
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/minLimit",schemaPath:"#/properties/minLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.minLimit,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/minLimit",schemaPath:"#/properties/minLimit/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.minLimit.type,parentSchema:schema19.properties.minLimit,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.components !== undefined){
let data2 = data.components;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate15(data2[i0], {instancePath:instancePath+"/components/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.components.type,parentSchema:schema19.properties.components,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dependencies !== undefined){
let data0 = data.dependencies;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate12(data0[i0], {instancePath:instancePath+"/dependencies/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.dependencies.type,parentSchema:schema15.properties.dependencies,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.resources !== undefined){
let data2 = data.resources;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate14(data2[i1], {instancePath:instancePath+"/resources/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.resources.type,parentSchema:schema15.properties.resources,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pack-builder.local/schemas/packJson.author.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.layer === undefined) && (missing0 = "layer")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.layer !== undefined){
if("addon" !== data.layer){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
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
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "addonType"},message:"must have required property '"+"addonType"+"'",schema:schema11.allOf[0].then.required,parentSchema:schema11.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[0].if,parentSchema:schema11.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.displayName === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.version === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.layer === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.cloudTypes === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cloudTypes"},message:"must have required property '"+"cloudTypes"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern0.test(data1)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*$",parentSchema:schema11.properties.name,data:data1};
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
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.displayName !== undefined){
let data2 = data.displayName;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.displayName,data:data2};
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
const err13 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.displayName.type,parentSchema:schema11.properties.displayName,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.version !== undefined){
let data3 = data.version;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err14 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.version,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern1.test(data3)){
const err15 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^(?![vV])[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^(?![vV])[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^(?![vV])[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$",parentSchema:schema11.properties.version,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.version.type,parentSchema:schema11.properties.version,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.layer !== undefined){
let data4 = data.layer;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/layer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((((data4 === "kernel") || (data4 === "os")) || (data4 === "k8s")) || (data4 === "cni")) || (data4 === "csi")) || (data4 === "addon"))){
const err18 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/layer/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values",schema:schema12.enum,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.addonType !== undefined){
let data5 = data.addonType;
if(typeof data5 !== "string"){
const err19 = {instancePath:instancePath+"/addonType",schemaPath:"#/definitions/addonType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((((((((((data5 === "logging") || (data5 === "monitoring")) || (data5 === "load balancer")) || (data5 === "authentication")) || (data5 === "ingress")) || (data5 === "security")) || (data5 === "ai")) || (data5 === "app services")) || (data5 === "network")) || (data5 === "storage")) || (data5 === "registry")) || (data5 === "servicemesh")) || (data5 === "system app"))){
const err20 = {instancePath:instancePath+"/addonType",schemaPath:"#/definitions/addonType/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.addonSubType !== undefined){
let data6 = data.addonSubType;
if(typeof data6 !== "string"){
const err21 = {instancePath:instancePath+"/addonSubType",schemaPath:"#/properties/addonSubType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.addonSubType.type,parentSchema:schema11.properties.addonSubType,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.cloudTypes !== undefined){
let data7 = data.cloudTypes;
if(Array.isArray(data7)){
if(data7.length < 1){
const err22 = {instancePath:instancePath+"/cloudTypes",schemaPath:"#/properties/cloudTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.cloudTypes,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err23 = {instancePath:instancePath+"/cloudTypes/" + i0,schemaPath:"#/definitions/cloudType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((((((((((((((data8 === "all") || (data8 === "aws")) || (data8 === "azure")) || (data8 === "gcp")) || (data8 === "vsphere")) || (data8 === "openstack")) || (data8 === "baremetal")) || (data8 === "maas")) || (data8 === "aks")) || (data8 === "eks")) || (data8 === "tke")) || (data8 === "edge")) || (data8 === "libvirt")) || (data8 === "edge-native")) || (data8 === "coxedge"))){
const err24 = {instancePath:instancePath+"/cloudTypes/" + i0,schemaPath:"#/definitions/cloudType/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data7[i1], data7[j0])){
const err25 = {instancePath:instancePath+"/cloudTypes",schemaPath:"#/properties/cloudTypes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.cloudTypes,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/cloudTypes",schemaPath:"#/properties/cloudTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.cloudTypes.type,parentSchema:schema11.properties.cloudTypes,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.group !== undefined){
let data9 = data.group;
if(typeof data9 !== "string"){
const err27 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.group.type,parentSchema:schema11.properties.group,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.eol !== undefined){
let data10 = data.eol;
if(typeof data10 === "string"){
if(!pattern2.test(data10)){
const err28 = {instancePath:instancePath+"/eol",schemaPath:"#/properties/eol/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema11.properties.eol,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/eol",schemaPath:"#/properties/eol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.eol.type,parentSchema:schema11.properties.eol,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
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
const err30 = {instancePath:instancePath+"/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.additionalProperties.type,parentSchema:schema11.properties.annotations.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.annotations.type,parentSchema:schema11.properties.annotations,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
const err32 = {instancePath:instancePath+"/kubeManifests/" + i2,schemaPath:"#/properties/kubeManifests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kubeManifests.items.type,parentSchema:schema11.properties.kubeManifests.items,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/kubeManifests",schemaPath:"#/properties/kubeManifests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.kubeManifests.type,parentSchema:schema11.properties.kubeManifests,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
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
const err34 = {instancePath:instancePath+"/charts/" + i3,schemaPath:"#/properties/charts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.charts.items.type,parentSchema:schema11.properties.charts.items,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.charts.type,parentSchema:schema11.properties.charts,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.constraints !== undefined){
if(!(validate11(data.constraints, {instancePath:instancePath+"/constraints",parentData:data,parentDataProperty:"constraints",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

validateFns["462c3d85"] = validate19;
const schema23 = {"properties":{"layer":{"const":"addon"}},"required":["layer"],"$id":"462c3d85"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="462c3d85" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.layer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.layer !== undefined){
let data0 = data.layer;
if("addon" !== data0){
const err1 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/const",keyword:"const",params:{allowedValue: "addon"},message:"must be equal to constant",schema:"addon",parentSchema:schema23.properties.layer,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
validate19.errors = vErrors;
return errors === 0;
}

export default validateFns;
