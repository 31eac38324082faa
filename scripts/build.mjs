// placeholder: replaced by the foundation build (esbuild + generated custom-function stubs)
console.log('build: nothing yet');
